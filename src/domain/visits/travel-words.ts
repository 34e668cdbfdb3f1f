/**
 * Words of a trip that are not the service. First the journey: 「周二晚上到的桂林」, 「周四上午回南宁」. A day whose clause says
 * only these (no enterprise, no work) is a travel day of a trip told with the day of service (「…周三一整天在漓江光电…」);
 * the visit is that other day, not the day of arrival. Data: each entry is a way of arriving, leaving or going back.
 */
export const TRAVEL_WORDS: string[] = [
  '到的',
  '到了',
  '赶到',
  '赶过去',
  '抵达',
  '出发',
  '动身',
  '启程',
  '上路',
  '回的',
  '回了',
  '回到',
  '赶回',
  '返回',
  '返程',
  '回程',
  '回来',
  '飞到',
  '飞回',
  '坐高铁',
  '坐动车',
  '坐飞机',
  '坐车',
  '开车过去',
  '开车回',
  '自驾',
  '住下',
  '住的酒店',
  '回学校',
  '回单位',
  '回所里',
  '回家',
];

/**
 * Going to or from a city (「下午到柳州」, 「去的北海」, 「回南宁」) is travel too; going to an enterprise is not, nor is
 * 「去的」 alone (「上周五去的」 tells of the visit).
 */
export const TO_A_CITY: string[] = ['到', '去', '回', '赶到', '飞'];

/** A time of day said before the journey (「晚上到的」, 「一早出发」): no part of a day's service. */
export const TIMES_OF_DAY: string[] = ['一早', '早上', '上午', '中午', '下午', '傍晚', '晚上', '夜里', '半夜', '凌晨'];

/**
 * Something else the day was spent on, away from the enterprise (「在南宁开了一天会」): its days are not the visit's
 * when the visit is told as made on the side of it (see SIDE_TRIP_WORDS).
 */
export const OTHER_BUSINESS: string[] = [
  '会',
  '会议',
  '课',
  '培训班',
  '论坛',
  '年会',
  '评审会',
  '评审',
  '研讨会',
  '展会',
];
/** Words that tell a visit made on the side of other business (「会后去龙城齿轮看了看」, 「顺便去了一趟」). */
export const SIDE_TRIP_WORDS: string[] = [
  '顺便',
  '顺路',
  '顺道',
  '抽空',
  '会后',
  '散会后',
  '开完会',
  '会议结束后',
  '下课后',
];
