// The options page's paste box, in a sandboxed page of its own (see lib/options/paste-frame.ts).
import { startPasteFrame } from '../../lib/options/paste-frame';
import '../../components/theme.css';
import './style.css';

// A sandboxed page's own origin is opaque; its parent, the options page, has the extension's.
startPasteFrame(window, document.getElementById('box') as HTMLTextAreaElement, new URL(location.href).origin);
