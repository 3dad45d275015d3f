// Plain, light styling so screenshots look like a console. No layout trick hides the top
// bar: it sits in normal flow at the top of the page, as the real one does.

import { Raw } from '../html';

const BASE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "Helvetica Neue",Helvetica,Arial,"PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#f5f6f7}
a{color:#0070cc;text-decoration:none}
a:hover{text-decoration:underline}
button{font:inherit;cursor:pointer}
`;

export const SIGNIN_CSS = new Raw(`<style>${BASE}
.signin-header{height:56px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 32px}
.signin-logo{font-size:20px;font-weight:700;color:#ff6a00;letter-spacing:.3px}
.signin-logo small{color:#666;font-weight:400;font-size:14px;margin-left:12px}
.signin-main{display:flex;justify-content:center;padding:64px 16px}
.signin-card{width:440px;background:#fff;border:1px solid #e5e5e5;border-radius:4px;padding:32px 40px 36px;box-shadow:0 2px 8px rgba(0,0,0,.06)}
.signin-card h1{font-size:22px;font-weight:500;margin:0 0 8px}
.signin-card p.intro{color:#666;margin:0 0 20px;font-size:13px}
.form-row{margin-bottom:18px}
.form-row label{display:block;margin-bottom:6px;color:#333}
.form-row input{width:100%;height:36px;padding:0 10px;border:1px solid #c4c6cf;border-radius:3px;font:inherit}
.form-row input:focus{outline:none;border-color:#ff6a00}
.form-actions{display:flex;align-items:center;gap:16px;margin-top:24px}
.btn-primary{height:36px;min-width:96px;padding:0 20px;border:0;border-radius:3px;background:#ff6a00;color:#fff}
.btn-primary:hover{background:#e55f00}
.error-tip{background:#fff0f0;border:1px solid #ffc7c7;color:#d93026;padding:8px 12px;border-radius:3px;margin-bottom:18px}
.notice{background:#f3f8ff;border:1px solid #c9def7;padding:12px 14px;border-radius:3px;margin-bottom:18px}
.signin-footer{text-align:center;color:#999;font-size:12px;padding:24px}
/* modern (client-rendered) switch page: Fusion-like classes */
.sc-loading{color:#999;text-align:center;padding:40px 0}
.next-form-item{margin-bottom:20px}
.next-form-item-label{display:block;margin-bottom:6px;color:#333}
.next-form-item-label label::before{content:"* ";color:#d93026}
.next-input{display:flex;border:1px solid #c4c6cf;border-radius:4px;height:36px;background:#fff}
.next-input:focus-within{border-color:#0064c8}
.next-input input{flex:1;border:0;outline:0;padding:0 10px;font:inherit;background:transparent}
.next-btn{height:36px;padding:0 24px;border-radius:4px;border:1px solid #c4c6cf;background:#fff}
.next-btn-primary{background:#0064c8;border-color:#0064c8;color:#fff}
.next-btn[disabled]{opacity:.6;cursor:default}
.next-message{border-radius:4px;padding:10px 14px;margin-bottom:18px}
.next-message-error{background:#fff0f0;border:1px solid #ffc7c7;color:#d93026}
</style>`);

export const CONSOLE_CSS = new Raw(`<style>${BASE}
.console-layout{display:flex;min-height:calc(100vh - 50px)}
.console-sidenav{width:200px;background:#fff;border-right:1px solid #e5e5e5;padding:16px 0;flex:none}
.console-sidenav .sidenav-title{font-weight:600;padding:0 20px 12px;border-bottom:1px solid #eee;margin-bottom:8px}
.console-sidenav ul{list-style:none;margin:0;padding:0}
.console-sidenav a{display:block;padding:7px 20px;color:#333}
.console-sidenav a.active{background:#eef4fb;color:#0070cc;border-right:2px solid #0070cc}
.console-main{flex:1;padding:20px 28px}
.console-main h1{font-size:20px;font-weight:500;margin:0 0 16px}
.console-toolbar{display:flex;gap:8px;margin-bottom:12px}
.console-toolbar button{height:32px;padding:0 14px;border:1px solid #c4c6cf;background:#fff;border-radius:3px}
.console-toolbar button.primary{background:#0070cc;border-color:#0070cc;color:#fff}
table.console-table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e5e5e5}
.console-table th,.console-table td{text-align:left;padding:10px 12px;border-bottom:1px solid #eee;font-size:13px}
.console-table th{background:#f7f8fa;font-weight:500;color:#555}
.cards{display:flex;gap:16px;margin-bottom:20px}
.card{flex:1;background:#fff;border:1px solid #e5e5e5;border-radius:3px;padding:16px}
.card h2{font-size:15px;margin:0 0 8px;font-weight:500}

/* legacy top bar (jQuery/template era) */
.console-component-topbar{height:50px;background:#373d41;color:#fff;position:relative;z-index:100}
.console-component-topbar .topbar-wrap{display:flex;align-items:center;height:50px;padding:0 0 0 16px}
.console-component-topbar .topbar-logo{color:#fff;font-size:16px;font-weight:700;margin-right:24px}
.console-component-topbar .topbar-home-link{color:#c5c8ce;padding:0 12px}
.console-component-topbar .topbar-right{margin-left:auto;display:flex;height:50px}
.console-component-topbar .topbar-btn{color:#fff;display:flex;align-items:center;height:50px;padding:0 18px}
.console-component-topbar .topbar-btn:hover{background:#2a2f32;text-decoration:none}
.topbar-info-dropdown{position:relative}
.topbar-info-dropdown-memu{display:none;position:absolute;right:0;top:50px;width:380px;background:#fff;color:#333;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.topbar-info-dropdown:hover .topbar-info-dropdown-memu,.topbar-info-dropdown.open .topbar-info-dropdown-memu{display:block}
.user-identity{position:relative;padding:12px 96px 12px 16px;border-bottom:1px solid #eee}
.user-identity-item{font-size:12px;line-height:22px;color:#333;word-break:break-all}
.user-identity-item label{color:#999;margin-right:4px}
.user-identity-sign{position:absolute;right:12px;top:12px;font-size:12px;background:#ff6a00;color:#fff;padding:0 6px;border-radius:2px}
.user-identity-links{display:flex;gap:16px;padding:10px 16px}
.user-identity-links a.user-btn-link{font-size:12px}

/* modern top bar (client-rendered, hashed classes) */
.sc-kDTinF{height:50px;background:#fff;border-bottom:1px solid #e3e4e6;display:flex;align-items:center;padding:0 16px;gap:20px;position:relative;z-index:100}
.sc-kDTinF .sc-bZkfAO{font-weight:700;color:#ff6a00;font-size:16px}
.sc-kDTinF .sc-gKclnd{color:#555}
.sc-kDTinF .sc-iCfMLu{height:30px;width:260px;border:1px solid #dcdee3;border-radius:15px;padding:0 14px;color:#999;display:flex;align-items:center}
.sc-kDTinF .sc-furwcr{margin-left:auto;position:relative}
.sc-pVTFL{display:flex;align-items:center;gap:8px;height:50px;padding:0 8px;cursor:pointer;user-select:none}
.sc-pVTFL:hover,.sc-pVTFL[aria-expanded="true"]{background:#f2f3f5}
.sc-jrQzAO{width:28px;height:28px;border-radius:50%;background:#0064c8;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:600}
.sc-kDDrLX{display:flex;flex-direction:column;line-height:16px;font-size:12px}
.sc-kDDrLX span:last-child{color:#888}
.sc-iqcoie{position:absolute;right:0;top:50px;width:340px;background:#fff;border:1px solid #e3e4e6;box-shadow:0 4px 12px rgba(0,0,0,.12);padding:12px 0}
.sc-crXcEl{padding:0 16px 8px}
.next-tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:2px;background:#e6f0fa;color:#0064c8}
.sc-fnykZs{display:flex;padding:4px 16px;font-size:12px;gap:8px}
.sc-fnykZs span:first-child{color:#888;width:100px;flex:none}
.sc-fnykZs span:last-child{word-break:break-all}
.sc-fEOsli{border-top:1px solid #eee;margin-top:8px;padding:8px 16px 0;display:flex;flex-direction:column;gap:6px}
</style>`);
