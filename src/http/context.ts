import type { DefaultContext, DefaultState, ParameterizedContext } from 'koa';
import type { Logger } from '../common/logger.js';

export interface AppState extends DefaultState {
  requestId: string;
  log: Logger;
}

export type AppContext = ParameterizedContext<AppState, DefaultContext>;
