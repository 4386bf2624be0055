import type { ExplanationGrader, Tutor } from '@notetutor/tutor';
import type { TrustProxy } from './client-address';
import type { KnowledgeHolder } from './knowledge/knowledge-holder';
import type { Logger } from './logger';
import type { createConcurrencyGate } from './middleware/concurrency';
import type { QuizService } from './quiz/quiz-service';
import type { StudyService } from './study/study-service';

/** Limits that protect the service; see the README for what each one does. */
export interface ApiLimits {
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Requests per minute per client (0 = unlimited). */
  ratePerMinute: number;
  /** Tutor requests (asks and streams) in flight at once (0 = unlimited). */
  maxConcurrentStreams: number;
  /** Time limit of one tutor request or stream, in milliseconds. */
  requestTimeoutMs: number;
  /** Interval of heartbeat comments on event streams, in milliseconds. */
  heartbeatMs: number;
}

/** Everything `createApp` needs from outside: state, collaborators, clock and limits. */
export interface AppDeps {
  knowledge: KnowledgeHolder;
  tutor: Tutor;
  logger: Logger;
  limits: ApiLimits;
  /** Origins allowed by CORS (exact matches). */
  corsOrigins: string[];
  trustProxy: TrustProxy;
  /** Model name reported by health when the LLM engine is on. */
  modelName?: string;
  /** Milliseconds, monotonic; `performance.now` by default. */
  now?: () => number;
  /** Wall clock for timestamps in responses; `Date.now` by default. */
  wallClock?: () => number;
  /** Shared slot counter; pass one to observe it (tests, shutdown). */
  gate?: ReturnType<typeof createConcurrencyGate>;
  /** Learners, cards and reviews; without it the study routes answer 503. */
  study?: StudyService;
  /** Grades quiz explanations through the model; without it learners rate their explanations themselves. */
  explanationGrader?: ExplanationGrader;
  /** Quizzes in flight; one over `knowledge` and `study` by default. */
  quizzes?: QuizService;
  /** True once the server is shutting down: new requests get 503. */
  draining?: () => boolean;
}
