// The worker the options page reads documents and sums up the store on (see off-thread.ts).
import { db } from '../store/db';
import { onThisThread, serve } from './off-thread';

serve(self as unknown as Parameters<typeof serve>[0], onThisThread(db));
