import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy… and waitFor give up after this long (the library's default is 1 s): room for a loaded,
// shared 2-core machine. A limit on hanging, not a timing assertion: a passing check ends the
// wait at once. (Seen: "follows the background's broadcasts" failing at 1 s under load.)
configure({ asyncUtilTimeout: 10_000 });
