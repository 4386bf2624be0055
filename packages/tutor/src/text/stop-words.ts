/**
 * Chinese function words, question words and request phrasing ("介绍一下") that carry no topic. Matched
 * against whole `Intl.Segmenter` words, so `是` is dropped but `镜像` is not.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 着 过 是 在 和 与 跟 同 及 或 或者 有 没有 吗 呢 吧 啊 呀 么 嘛 哦 ' +
    '什么 如何 怎么 怎样 怎么样 为什么 为何 为啥 为 咋 咋样 啥 是啥 干啥 哪些 哪个 哪里 哪儿 哪 多少 几 ' +
    '是否 是不是 能不能 会不会 可不可以 有没有 要不要 ' +
    '那 那么 这 这个 那个 这些 那些 这样 那样 这里 一个 一种 一下 个 种 中 中的 里 里面 上 之 之间 ' +
    '我 你 他 她 它 我们 你们 他们 它们 我的 你的 他的 它的 自己 的话 ' +
    '请 请问 能 能否 可以 会 要 想 想要 需要 应该 就 也 都 还 又 而 被 把 对 对于 从 给 让 向 ' +
    '所以 因为 但 但是 如果 以及 并 并且 其 其中 等 等等 呢 则 即 ' +
    '讲讲 讲 说说 说 介绍 解释 告诉 一下 谈谈 聊聊 知道 问 问题 吗 呢 呗 作用 用途 意思 含义 干什么 干嘛 用来 ' +
    // Adverbs of degree, scope and attitude, and determiners: the "very, really, just, all, each, other" of
    // the English list. They carry no topic, and a learner's `完全` or `别的` must not weigh like a term the
    // notes never use (the segmenter glues some to the verb: `都是`, `到底是`).
    '完全 根本 到底 到底是 究竟 真的 其实 确实 非常 特别 十分 很 太 挺 相当 有点 有些 一直 总是 已经 ' +
    '都 都是 都有 全都 就是 只是 可能 大概 也许 或许 一般 通常 经常 直接 一些 每 每个 每一 各 各个 ' +
    '别的 其他 其它 另 ' +
    // The notes themselves: every question is asked of them ("笔记里建议怎么做？" asks what they suggest).
    // Their author is who wrote them: "作者建议…" asks what the notes suggest.
    '笔记 笔记里 笔记中 根据 作者'
  ).split(/\s+/),
);

/** English function words, question words and request phrasing ("tell me about"). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am of to in on at for with by from as into onto about ' +
    'between and or but not no nor so if then than that this these those there here it its they them their ' +
    'he she we you your yours i me my mine our ours what which who whom whose when where why how ' +
    'does do did doing done can could would should will shall may might must have has had having ' +
    'tell explain describe please give show let us also just only very really much many more most some any ' +
    'each other such same own again all both few too up down out over off vs versus ok okay hey hi hello thanks thank ' +
    "mean means meant meaning purpose role like get got one ones s t d ll m re ve isn aren wasn don doesn didn won can't what's " +
    // The notes themselves: "According to these notes, …" asks of them what every question does.
    // Their author is who wrote them: "what did the author recommend" asks what the notes recommend.
    'according notes author'
  ).split(/\s+/),
);
