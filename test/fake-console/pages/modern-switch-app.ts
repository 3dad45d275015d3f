// The browser code of the modern (client-rendered) switch page, as a string: it runs in the
// page, not in Node. It imitates what matters of a React form:
// - the form appears only after a delay (the app's bundle and data load first);
// - inputs are controlled: values live in the app's state, and each input's own `value`
//   property is redefined to record a "tracker" value before calling the native setter;
//   an input/change event is ignored when the DOM value equals the tracker (React's
//   inputValueTracking). So `el.value = 'x'` + input event is IGNORED, while the native
//   prototype setter + input event (what typing does) is accepted;
// - after every state change the DOM is brought back to the state (a controlled input
//   shows what the state says), so an ignored fill is wiped at the next render;
// - submit sends the STATE, not the DOM, as JSON to /api/switchRole.

export const MODERN_SWITCH_APP = String.raw`
(function () {
  var cfg = JSON.parse(document.getElementById('switch-app-config').textContent);
  var t = cfg.texts;
  var state = { account: cfg.prefill.account, roleName: cfg.prefill.roleName, error: '', busy: false };
  var nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  var inputs = {};
  var formBody, button;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function controlled(input, key) {
    var tracker = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      enumerable: nativeValue.enumerable,
      get: function () { return nativeValue.get.call(this); },
      set: function (v) { tracker = '' + v; nativeValue.set.call(this, v); },
    });
    function onChange() {
      var dom = nativeValue.get.call(input);
      if (dom === tracker) return; // React sees no change: no onChange, state untouched
      tracker = dom;
      state[key] = dom;
      update();
    }
    input.addEventListener('input', onChange);
    input.addEventListener('change', onChange);
    input.addEventListener('keydown', function (e) { if (e.key === 'Enter') submit(); });
    inputs[key] = input;
  }

  function field(key, label, placeholder, itemClass) {
    var item = el('div', 'next-form-item ' + itemClass);
    var labelBox = el('div', 'next-form-item-label sc-hLBbgP');
    labelBox.appendChild(el('label', 'sc-eDvSVe', label)); // no "for": React apps rarely set it
    var control = el('div', 'next-form-item-control sc-jSUZER');
    var wrap = el('span', 'next-input next-medium sc-gKPRtg');
    var input = el('input', 'sc-iBkjds');
    input.type = 'text';
    input.placeholder = placeholder;
    input.autocomplete = 'off';
    controlled(input, key);
    wrap.appendChild(input);
    control.appendChild(wrap);
    item.appendChild(labelBox);
    item.appendChild(control);
    return item;
  }

  // Brings the DOM in line with the state, as a React re-render does.
  function update() {
    ['account', 'roleName'].forEach(function (key) {
      var input = inputs[key];
      if (input && nativeValue.get.call(input) !== state[key]) input.value = state[key];
    });
    var old = document.querySelector('#app [role="alert"]');
    if (old) old.remove();
    if (state.error) {
      var alert = el('div', 'next-message next-message-error sc-ftvSup');
      alert.setAttribute('role', 'alert');
      alert.appendChild(el('div', 'next-message-content sc-papXJ', state.error));
      formBody.insertBefore(alert, formBody.firstChild);
    }
    button.disabled = state.busy;
    button.textContent = state.busy ? t.button + '…' : t.button;
  }

  function submit() {
    if (state.busy) return;
    if (!state.account.trim() || !state.roleName.trim()) {
      state.error = t.missing;
      update();
      return;
    }
    state.busy = true;
    state.error = '';
    update();
    fetch('/api/switchRole', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': cfg.csrf },
      body: JSON.stringify({ account: state.account, roleName: state.roleName }),
    })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res.redirect) { location.href = res.redirect; return; }
        state.busy = false;
        state.error = res.message || t.failed;
        update();
      }, function () {
        state.busy = false;
        state.error = t.failed;
        update();
      });
  }

  function render() {
    var app = document.getElementById('app');
    var card = el('div', 'signin-card sc-bczRLJ');
    card.appendChild(el('h1', 'sc-gsnTZi', t.title));
    card.appendChild(el('p', 'intro sc-dkzDqf', t.intro));
    formBody = el('div', 'next-form next-form-top sc-hKMtZM');
    formBody.appendChild(field('account', t.account, t.accountPlaceholder, 'sc-eCYdqJ'));
    formBody.appendChild(field('roleName', t.role, t.rolePlaceholder, 'sc-jSMfEi'));
    var actions = el('div', 'next-form-item sc-gKXOVf');
    button = el('button', 'next-btn next-btn-primary next-medium sc-iqcoie');
    button.type = 'button';
    button.addEventListener('click', submit);
    actions.appendChild(button);
    var back = el('a', 'sc-crXcEl', t.back);
    back.href = cfg.homeUrl;
    back.style.marginLeft = '16px';
    actions.appendChild(back);
    formBody.appendChild(actions);
    card.appendChild(formBody);
    app.replaceChildren(card);
    update();
  }

  setTimeout(render, cfg.delayMs);
})();
`;
