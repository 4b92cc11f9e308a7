import { serve } from 'inngest/next';
import { inngest } from '~/inngest/client';
import { inngestFunctions } from '~/inngest/index';

export const dynamic = 'force-dynamic';

/** Inngest calls this to run our functions (INNGEST_SIGNING_KEY in production, INNGEST_DEV=1 locally). */
export const { GET, POST, PUT } = serve({ client: inngest, functions: inngestFunctions });
