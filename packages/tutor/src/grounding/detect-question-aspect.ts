import type { AnswerLanguage } from './passage-index';

/**
 * What a question asks about its subject, from its interrogative wording:
 * - `why`: a reason ("why…", "为什么…", "…的原因");
 * - `steps`: a sequence ("walk me through", "step by step", "what happens right after…", "流程", "之后会怎样");
 * - `outcome`: what comes of a condition ("what happens if…", "what happens to X when…", "what do I get when…",
 *   "会怎样", "会出什么问题", "会不会…"), asked of one event rather than of a sequence;
 * - `amount`: a quantity ("how much…", "how many…", "what percentage…", "the largest value…", "多少…", "多久…",
 *   "占比…", "上限…");
 * - `list`: several things of a kind ("what are the requirements…", "which … are there", "有哪些…", "哪几种…");
 * - `how`: a way of doing it ("how do I…", "怎么…", "如何…");
 * - `what`: what it is ("what is…", "什么是…", "…是什么");
 * - undefined when the wording says none of these.
 */
export type QuestionAspect = 'why' | 'steps' | 'outcome' | 'amount' | 'list' | 'how' | 'what';

const ASPECTS: readonly [QuestionAspect, RegExp][] = [
  ['why', /\bwhy\b|\bwhat for\b|\breason\b|为什么|为何|为啥|原因|何必|干嘛要/iu],
  // A sequence asked for in so many words comes first: "Walk me through what happens when…" asks for steps.
  [
    'steps',
    /\bwalk (?:me )?through\b|\bstep[- ]by[- ]step\b|\bsteps?\b|\bsequence\b|\bright after\b|\bthen what\b|\bin (?:what |which )?order\b(?! to\b)|流程|步骤|依次|一步一步|一步步|逐步|分步|先.+再|顺序|先后/iu,
  ],
  [
    'outcome',
    /\bwhat (?:happens|would happen|will happen)\b(?: \S+){0,3}? (?:if|when|once|whenever)\b|\bwhat (?:happens|would happen|will happen) to\b|\bwhat (?:do|does|would|will) (?:i|you|we|it|they) get\b|会怎样|会怎么样|会发生什么|会出什么|出什么问题|出什么毛病|什么后果|会不会/iu,
  ],
  ['steps', /\bwhat happens\b|\bprocess\b|\bnext\b|过程|之后|然后|接下来/iu],
  [
    'list',
    /\bwhat are (?:the|some)\b|\bwhat (?:kinds|types|sorts) of\b|\bwhich (?:\w+ ){1,3}(?:are|exist)(?: there)?\b|\b(?:which|what|name the) (?:two|three|four|five|six|seven|eight|nine|ten)\b|\blist (?:the|all)\b|\bname (?:the|some|all)\b|哪些|哪几|哪[两二三四五六七八九十]+[个种条类点项步方]|列举|列出/iu,
  ],
  [
    'amount',
    /\bhow (?:much|many|long|often|big|large|fast|far)\b|\bwhat (?:percentage|share|fraction|proportion)\b|\bpercent(?:age)?\b|\b(?:largest|smallest|biggest|maximum|minimum|upper limit|lower limit)\b|多少|多久|多长|多大|多快|多频繁|几[个次份秒分天种条台层级步倍]|占比|比例|百分之|最大值|最小值|最多|最少|上限|下限/iu,
  ],
  ['how', /\bhow (?:do|does|did|can|could|should|would|to|is|are)\b|\bhow\b|怎么|如何|怎样|咋|办法|方法/iu],
  ['what', /\bwhat (?:is|are|'s|does .+ mean)\b|\bdefin(?:e|ition)\b|什么是|是什么|是啥|指什么|含义|定义/iu],
];

/**
 * Labels notes put before the part of a text that answers each aspect ("Why - …", "**How:**", "原因：…"); a
 * quantity is answered by a number the passage states in digits ("18%", "10 个", "1 秒"), not by the digits of a
 * version or an identifier ("nginx:1.9.1", "rx-usecs2", "--replicas=3").
 */
const ANSWER_LABELS: Readonly<Record<Exclude<QuestionAspect, 'amount'>, RegExp>> = {
  list: /^(?:types?|kinds?|includes?|including|the following|as follows|分为|包括|包含|有以下|以下|如下)\s*(?:[-–—:：]|\s)/iu,
  why: /^(?:why|because|reasons?|purpose|motivation|rationale|原因|为什么|因为|目的|动机|作用)\s*(?:[-–—:：]|\s)/iu,
  steps: /^(?:how|steps?|process|procedure|flow|workflow|步骤|流程|过程|原理|做法)\s*(?:[-–—:：]|\s)/iu,
  how: /^(?:how(?: to)?|usage|use|steps?|example|command|用法|使用|方法|做法|步骤|命令|示例|配置)\s*(?:[-–—:：]|\s)/iu,
  what: /^(?:what|definition|defined as|meaning|overview|定义|概念|含义|简介|是什么)\s*(?:[-–—:：]|\s)/iu,
  outcome: /^(?:result|outcome|effect|consequences?|结果|后果|影响|效果)\s*(?:[-–—:：]|\s)/iu,
};

/**
 * Reads the aspect a question asks about.
 *
 * @example
 * detectQuestionAspect('Why would I tune interrupt coalescence?', 'en'); // 'why'
 * detectQuestionAspect('On the receive path, what happens right after the NIC raises a hard IRQ?', 'en'); // 'steps'
 */
export function detectQuestionAspect(
  question: string,
  _language: AnswerLanguage,
): QuestionAspect | undefined {
  const text = question.normalize('NFKC');
  for (const [aspect, pattern] of ASPECTS) if (pattern.test(text)) return aspect;
  return undefined;
}

/** Whether a passage's text opens with the label notes use for what the aspect asks ("Why - …" for why). */
export function answersAspect(text: string, aspect: QuestionAspect): boolean {
  if (aspect === 'amount') return STATED_NUMBER.test(text);
  if (aspect === 'why' && STATED_REASON.test(text)) return true;
  if (aspect === 'outcome' && STATED_OUTCOME.test(text)) return true;
  return ANSWER_LABELS[aspect].test(text.replace(/^[*_`\s]+/u, ''));
}

const STATED_NUMBER = /(?<![\p{L}\p{N}._:/=@#-])\p{Nd}+(?:[.,]\p{Nd}+)?(?![\p{N}]|[.:/-]\p{N}|\p{L}*[_=/])/u;

/**
 * A sentence saying what comes of something, wherever it stands: "Trying to close a nil channel will create a
 * panic", "…results in a deadlock", "otherwise…", "…就会阻塞", "会导致…". What an outcome question is answered by.
 */
const STATED_OUTCOME =
  /\b(?:will|results? in|leads? to|causes?|ends? up|otherwise)\b|就会|会导致|导致|造成|引起|否则|会被/iu;

/**
 * A sentence giving a reason, wherever it stands in the passage: "otherwise a race condition can be introduced",
 * "This is because…", "…以免阻塞主线程", "因为…所以…". What a why-question is answered by when no label says so.
 */
const STATED_REASON =
  /\b(?:because|otherwise|so that|in order to|the reason|this is why|that is why|due to)\b|因为|由于|否则|以免|为了|之所以|所以/iu;
