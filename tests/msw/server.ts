import { setupServer } from 'msw/node';
import { dataHandlers } from './handlers';

export const server = setupServer(...dataHandlers);
