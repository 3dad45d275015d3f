import { render } from 'preact';
render(<p>Switch Roles</p>, document.getElementById('app')!);
