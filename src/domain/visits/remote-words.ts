/**
 * Words that say a service was given from afar: by video, phone or chat, not at the enterprise. The programme counts
 * only on-site service towards its 5 visits and 30 days a year (方案 五（三）「到派驻企业…现场服务」), so such a report
 * is not recorded. Data: each entry names the manner of serving, never a thing built or tuned (「远程运维平台」,
 * 「远程监控系统」 and 「线上申报系统」 are what a visit may be about).
 */
export const REMOTE_WORDS: string[] = [
  '在家远程',
  '在家里',
  '在家帮',
  '在家给',
  '在家开',
  '在家指导',
  '家里远程',
  '远程帮',
  '远程指导',
  '远程服务',
  '远程支持',
  '远程协助',
  '远程讲',
  '远程连线',
  '远程开会',
  '远程对接',
  '远程答疑',
  '远程参加',
  '远程给',
  '线上指导',
  '线上讲',
  '线上服务',
  '线上宣讲',
  '线上答疑',
  '网上讲',
  '网上指导',
  '视频指导',
  '视频连线',
  '视频讲',
  '腾讯会议',
  '钉钉会议',
  '企业微信会议',
  '飞书会议',
  'zoom',
  '电话指导',
  '电话里',
  '打电话帮',
  '打电话给他们讲',
  '打了个电话',
  '打了一个电话',
  '打了通电话',
  '打了一通电话',
  '通了个电话',
  '通了电话',
  '电话沟通',
  '电话聊',
  '电话里聊',
  '微信上帮',
  '微信上指导',
  '微信里帮',
  '微信语音',
  // A call or a video from afar: 「跟孙总微信视频了两个钟」, 「兰总打电话过来问…」, 「那边发了视频过来 我帮他们看了下」.
  '微信视频',
  '微信电话',
  '视频通话',
  '语音通话',
  '打视频',
  '打电话过来',
  '电话打过来',
  '发了视频过来',
  '发了个视频过来',
  '发视频过来',
  '发过来的视频',
  '视频发过来',
  '在线指导',
  // 「晚上在线给…做了个培训」 (「装配线上给工人讲解」, 「在线检测」 are on site).
  '晚上在线',
  '在家在线',
  '线上会议',
  '在线会议',
  '在线讲',
  '网上帮',
  '在家用',
  '用微信帮',
  '用微信给',
  // Online training or a DingTalk call (「钉钉视频会」); 「线上培训平台」 is a thing a visit may be about.
  '线上培训了',
  '线上培训给',
  '网上培训',
  '在线培训了',
  '远程培训',
  '钉钉视频',
  '钉钉语音',
  '钉钉上帮',
  // A video chat, a DingTalk meeting or training, on the road or in a hotel or dormitory, working from home.
  '视频聊',
  '钉钉会',
  '通过钉钉给',
  '通过钉钉帮',
  '用钉钉给',
  '用钉钉帮',
  '出差路上给',
  '出差路上帮',
  '在路上帮',
  '在酒店里帮',
  '在酒店帮',
  '在酒店给',
  '在宾馆帮',
  '在宾馆里帮',
  '居家办公',
  '在宿舍帮',
  '在宿舍给',
  '远程看了',
  '远程看下',
  '远程改',
  '远程处理',
  '远程解决',
  // At home or in the office: 「宅家帮绿桂生物写了一天的可研报告」, 「在南宁的家里改…方案」, 「在办公室帮山湖农机改了一天的图纸」.
  '宅家',
  '在家写',
  '在家改',
  '家里改',
  '家里写',
  '在自己家',
  '在自己的家里',
  '的家里帮',
  '的家里改',
  '的家里写',
  '在我家帮',
  '在我家给',
  '在办公室帮',
  '在办公室给',
  '在办公室改',
  '在办公室写',
  // At the university, not the enterprise: 「在学校实验室帮龙城齿轮做了齿轮疲劳检测」.
  '在学校帮',
  '在学校给',
  '在学校里帮',
  '在学校实验室',
  '在学校开',
  '在学校做',
  '在学校测',
  '在实验室帮',
  '在实验室给',
  '在实验室做',
  '在我们实验室',
  '在学院帮',
  '回学校帮',
  // At a fair or a meeting elsewhere: 「在南宁参加展会 帮龙城齿轮对接了三个客户」.
  '参加展会',
  '在展会上',
  '在展会帮',
];

/**
 * The manner said as a word of its own (「绿桂生物 远程 帮他们看了下数据」, 「蓝湾食品 线上 讲政策」, 「线上培训 给他们讲了…」,
 * 「龙城齿轮 远程调试 热处理炉PLC」), set apart by spaces or commas; 「装配线上」 and 「远程监控平台」 run on into a thing.
 * 视频, 电话 and 在线 count only with a service after them (「昨天 电话 给龙城齿轮讲政策」): 「照片 视频 都发群里了」 and
 * 「调 在线 测温系统」 tell of an on-site day.
 */
export const REMOTE_TOKEN =
  /(?:^|[\s，,。])(?:线上|网上|远程)(?:培训|讲课|讲座|授课|答疑|会议|指导|调试|沟通|交流|服务)?(?=[\s，,。]|$)|(?:^|[\s，,。])(?:视频|电话|在线)\s+(?=给|帮|讲|指导|培训|沟通|交流)|(?:做了|搞了个?|开了个?|办了个?)(?:线上|网上|在线)(?:培训|讲座|课)/;

/** Where remote service is said to happen, read where a place goes (「在电话里帮他们分析了一下午」): no place at all. */
export const REMOTE_PLACES = ['电话里', '电话上', '微信上', '微信里', '视频里', '视频上', '网上', '线上', '群里'];

/**
 * Service at a university, institute or laboratory that is not the enterprise's (「在桂电实验室帮漓江光电测了一批镜片」,
 * 「在广西大学开了个会 讨论绿桂生物的合作」): not on-site. `%s` stands for the enterprise's name: its own lab is on-site.
 */
export const AT_THE_UNIVERSITY =
  '在(?!%s)[\\u4e00-\\u9fa5]{0,8}?(?:大学|学院|学校|研究院|研究所|所里|院里|实验室|中试基地)';
/**
 * A meeting or event held somewhere else (「在市科技局开项目评审会 碰到龙城齿轮的孙总」, 「在玉林市政府参加农机产业推进会
 * 山湖农机也去了」): meeting the enterprise's people there is no visit to it. `%s` stands for the enterprise's name.
 */
export const AT_A_MEETING_ELSEWHERE =
  '在(?!%s)[\\u4e00-\\u9fa5]{0,8}?(?:科技局|科技厅|工信局|政府|管委会|局里|厅里|科协|会展中心|宾馆|酒店|(?<![厂园校])(?:市里|区里|省里))[^，,。；;]{0,12}?(?:会|论坛|活动|培训班)|参加(?!了?的?%s)了?[^，,。；;]{0,12}?(?:推进会|评审会|研讨会|论坛|交流会|年会|博览会|对接会|发布会|现场会|大会)';
/** Bringing the enterprise's people there (「带绿桂生物的研发经理去广西医科大学谈合作」) is a service of its own. */
export const BROUGHT_THE_ENTERPRISE = '(?:带|领|陪)(?:着|了)?[^，,。；;]{0,6}?(?:%s|企业|他们|厂里)';

/**
 * Others sent in the specialist's place (「我派了两个研究生去龙城齿轮」, 「我的博士生在龙城齿轮调了一天设备」, 「学生小李去…」,
 * 「我助理过去…」): no
 * service of the specialist's own. Unless the specialist went too (「我带学生去」, 「我也去了」).
 */
export const SENT_OTHERS =
  /(?:派|让|叫|安排)了?(?:我的|我们的)?[^，,。；;]{0,4}(?:学生|研究生|博士生|硕士生?|助手|助理|徒弟)(?:去|过去|到)|(?:我的|我们的|我)(?:学生|研究生|博士生|硕士生?|助手|助理|徒弟)[^，,。；;]{0,3}(?:去|在|到)|(?:学生|研究生|助理|助手|徒弟)(?:小|老|阿)[\u4e00-\u9fa5](?:去|过去|到)/;
export const WENT_WITH_THEM =
  /我(?:也|本人|自己|亲自)|(?:和|跟|同)(?:我的?)?(?:学生|研究生|博士生|硕士生?|助手|助理|徒弟)[\u4e00-\u9fa5]{0,3}?(?:一起)?(?:去|到|过去)|(?:带|领|陪)(?:着|了)?[^，,。；;]{0,4}(?:学生|研究生|博士生|硕士生?|助手|徒弟|团队)|和(?:我的)?(?:学生|研究生|博士生)一起/;

/**
 * A call or a meeting held with the enterprise itself (「跟龙城齿轮开了个视频会」, 「和企业打电话」): remote service; one with
 * someone else during a visit (「帮他们和中科院的团队开了视频会」) is not; so is one served by chat or online (「微信上给龙城齿轮答疑」, 「线上培训了…的质检员」).
 * `%s` stands for the enterprise's name.
 */
export const WITH_THE_ENTERPRISE =
  '(?:跟|和|与|给)(?:%s|企业|他们|厂里|[\\u4e00-\\u9fa5]{1,3}(?:总|经理|厂长|主任|工|部长|老板))[^，,。；;]{0,6}?(?:开|搞|打|通)了?(?:个|一个|一通)?(?:视频|电话|线上会|网上会)|(?:微信上|微信里|线上|网上|视频|电话)(?:给|帮|培训了?|指导了?)(?:%s|企业|他们)';
