/**
 * Common Japanese family names, so generated rosters read like a real
 * Japanese board's. They are drawn at random and name no one.
 *
 * @internal
 */
// biome-ignore format: a compact list reads better than one name a line
export const FAMILY_NAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林',
  '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林',
  '斎藤', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川', '山下',
  '中島', '石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤',
  '村上', '遠藤', '青木', '坂本',
] as const;

/**
 * Common Japanese given names.
 *
 * @internal
 */
// biome-ignore format: a compact list reads better than one name a line
export const GIVEN_NAMES = [
  '花子', '太郎', '陽菜', '翔', '結衣', '大輝', '美咲', '健太', 'さくら',
  '拓也', '葵', '蓮', '彩', '悠真', '真由美', '直樹', '優子', '誠', '恵',
  '浩二', '由美', '隆', '明美', '大介', '香織', '亮', '裕子', '健一', '愛',
  '翼', '智子', '修', '美穂', '達也', '麻衣', '聡', '千尋', '和也', '奈々',
  '剛',
] as const;

/**
 * Neighbourhood names for school names.
 *
 * @internal
 */
// biome-ignore format: a compact list reads better than one name a line
export const PLACE_NAMES = [
  '青葉', '桜台', '緑ヶ丘', '若葉', '朝日', '旭', '東', '西', '南', '北',
  '中央', '本町', '栄', '港', '泉', '松原', '竹園', '梅田', '柳', '富士見',
  '平和', '希望ヶ丘', '日向', '白鷺', '清水', '川辺', '山手', '宮前', '高台',
  'みどり',
] as const;
