/*
 * Good Practice Transfer: the helpers the app's page scripts share (action plan, practice profile, practice registry
 * settings), as GoodPracticeTransfer.ui. The web resource common-resources carries this file, and each feature's web
 * resource depends on it, so Confluence loads it before them.
 *
 * Like the scripts that use it, it needs nothing Confluence alone provides (no AJS, jQuery, WRM or Soy). It holds no
 * UI text: every text comes from the caller, which takes it from its element's data-i18n, so the i18n keys stay in
 * the feature scripts where the bundle checks find them. User data reaches the page only through textContent and
 * attributes. GoodPracticeTransfer is shared with the create dialog's compiled Soy templates
 * (GoodPracticeTransfer.Blueprints), so this file adds to the object and never replaces it.
 */
(function () {
  'use strict';

  const app = window.GoodPracticeTransfer || {};
  window.GoodPracticeTransfer = app;

  /* ---------- values ---------- */

  function asText(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) {
    return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
  }

  /** NOT_STARTED becomes not-started, IN_TRANSFER in-transfer, as in the server's i18n keys and CSS classes. */
  function slug(name) {
    return String(name).toLowerCase().replace(/_/g, '-');
  }

  /**
   * The texts of data-i18n; a key missing there shows as the key itself, never as invented English.
   * t.has(key) tells whether the key has a text, for callers with a better fallback than the key.
   */
  function textsOf(element) {
    let texts = {};
    try {
      const parsed = JSON.parse(element.getAttribute('data-i18n') || '{}');
      if (isObject(parsed)) {
        texts = parsed;
      }
    } catch (e) {
      texts = {};
    }
    const known = (key) => has(texts, key) && typeof texts[key] === 'string';
    const t = (key) => (known(key) ? texts[key] : key);
    t.has = known;
    return t;
  }

  /** The REST base the server rendered into data-rest-base, without a trailing slash. */
  function restBaseOf(element) {
    return asText(element.getAttribute('data-rest-base')).replace(/\/+$/, '');
  }

  /* ---------- the DOM ---------- */

  /**
   * Creates an element: "text" sets textContent, "className" the class, any other entry an attribute (true: present,
   * false/null/undefined: absent); children that are null are left out.
   */
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    const given = attributes || {};
    Object.keys(given).forEach((name) => {
      const value = given[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else if (name === 'className') {
        node.className = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    (children || []).forEach((child) => {
      if (child) {
        node.appendChild(child);
      }
    });
    return node;
  }

  /** ids(kind) gives prefix-kind-1, prefix-kind-2, …: ids unique on the page for the forms a script builds. */
  function idMaker(prefix) {
    let counter = 0;
    return (kind) => {
      counter += 1;
      return `${prefix}-${kind}-${counter}`;
    };
  }

  /** claim(element) is true once for each element the server marked data-editable="true", false ever after. */
  function claimer() {
    const claimed = new WeakSet();
    return (element) => {
      if (element.getAttribute('data-editable') !== 'true' || claimed.has(element)) {
        return false;
      }
      claimed.add(element);
      return true;
    };
  }

  /** Runs start once the document is parsed (at once when it already is). */
  function onReady(start) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }

  /* ---------- focus ---------- */

  function reducedMotion() {
    return Boolean(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  /** Focuses without a jump and scrolls the element into view, smoothly unless the user asked for less motion. */
  function focusElement(node) {
    if (!node || typeof node.focus !== 'function') {
      return;
    }
    node.focus({ preventScroll: true });
    if (typeof node.scrollIntoView === 'function') {
      node.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }

  /**
   * Focuses an element that is not focusable by itself (a message, the status line) without adding it to the tab
   * order.
   */
  function focusStatic(node) {
    if (!node) {
      return;
    }
    if (!node.hasAttribute('tabindex')) {
      node.setAttribute('tabindex', '-1');
    }
    focusElement(node);
  }

  /* ---------- status line ---------- */

  /** Per live region: its class (the modifiers derive from it) and the latest message's token. */
  const regions = new WeakMap();

  /**
   * A polite live region right after the widget, of the given class, for "Saving…", "Saved." and errors. Create it
   * once, when the page loads, and keep it across refreshes, so screen readers notice what is written into it.
   */
  function createStatus(after, className) {
    const region = el('div', { className, role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    regions.set(region, { className, token: 0 });
    after.insertAdjacentElement('afterend', region);
    return region;
  }

  /** Writes a message into a region of createStatus; kind (busy, ok or error) becomes the class {class}--{kind}. */
  function announce(region, message, kind) {
    const state = regions.get(region);
    state.token += 1;
    const token = state.token;
    ['busy', 'ok', 'error'].forEach((name) => {
      region.classList.toggle(`${state.className}--${name}`, kind === name);
    });
    if (region.textContent !== message) {
      region.textContent = message;
      return;
    }
    // the same message again: empty the region first, so screen readers notice the repetition
    region.textContent = '';
    window.setTimeout(() => {
      if (state.token === token) {
        region.textContent = message;
      }
    }, 100);
  }

  /** A request is under way: the widget and its action buttons say so but keep focus (aria-disabled). */
  function markBusy(root, busy) {
    if (busy) {
      root.setAttribute('aria-busy', 'true');
    } else {
      root.removeAttribute('aria-busy');
    }
    root.querySelectorAll('button[data-gpt-action]').forEach((button) => {
      if (busy) {
        button.setAttribute('aria-disabled', 'true');
      } else {
        button.removeAttribute('aria-disabled');
      }
    });
  }

  /* ---------- talking to the server ---------- */

  function parseJson(text) {
    try {
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * Sends a JSON request to the app's REST API, with the headers Confluence wants (no XSRF check for JSON);
   * resolves to {status, data}, status 0 when the network failed. Never rejects.
   */
  async function send(method, url, body) {
    const headers = {
      'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'
    };
    const init = { method, credentials: 'same-origin', headers };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      return { status: 0, data: null };
    }
    let text = '';
    try {
      text = await response.text();
    } catch (e) {
      text = '';
    }
    return { status: response.status, data: parseJson(text) };
  }

  /**
   * What an answer of send means for the user: ok {data}, invalid {errors, message} (field errors; a bare message
   * becomes the error of "body"), conflict {current, message}, denied {message} or failed {message}. failedMessage
   * is said when the answer is not the app's (network failure, 5xx, a login page, a proxy error), conflictMessage
   * when a conflict comes without a message.
   */
  function outcomeOf(result, failedMessage, conflictMessage) {
    const { status } = result;
    const data = isObject(result.data) ? result.data : {};
    const message = typeof data.message === 'string' ? data.message.trim() : '';
    if (status >= 200 && status < 300) {
      return { kind: 'ok', data };
    }
    if (status === 400) {
      const errors = isObject(data.errors) ? data.errors : {};
      if (!Object.keys(errors).length && message) {
        errors.body = message;
      }
      return { kind: 'invalid', errors, message };
    }
    if (status === 409) {
      return {
        kind: 'conflict', current: isObject(data.current) ? data.current : null, message: message || conflictMessage
      };
    }
    if ((status === 403 || status === 404) && message) {
      return { kind: 'denied', message };
    }
    return { kind: 'failed', message: failedMessage };
  }

  /**
   * After a conflict: the fields the user changed keep the user's input; every other field shows what is stored
   * now, so saving again changes only what the user meant to change and nothing of the other person's is undone.
   * same(name, a, b) tells whether two values of a field are the same.
   */
  function merge(names, same, base, mine, theirs) {
    const merged = {};
    names.forEach((name) => {
      merged[name] = same(name, mine[name], base[name]) ? theirs[name] : mine[name];
    });
    return merged;
  }

  /* ---------- form fields ---------- */

  /** targetGroups becomes target-groups: a field's class, gpt-field--target-groups. */
  function fieldModifier(name) {
    return slug(name.replace(/([A-Z])/g, '_$1'));
  }

  /** Points every control of a field at its visible error, hint and notes, in that order. */
  function describe(field) {
    const ids = [];
    if (!field.error.hidden) {
      ids.push(field.error.id);
    }
    field.notes.forEach((note) => {
      if (!note.hidden) {
        ids.push(note.id);
      }
    });
    field.controls.forEach((control) => {
      if (ids.length) {
        control.setAttribute('aria-describedby', ids.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    });
  }

  /**
   * A field's frame: its label, then a body with the controls, the error message and the hint. The wrapper's class
   * is gpt-field--{modifier}, by default fieldModifier(name).
   */
  function fieldShell(id, name, labelNode, body, hint, controls, modifier) {
    const error = el('p', { className: 'gpt-field__error', id: `${id}-error`, hidden: true });
    body.appendChild(error);
    const notes = [];
    if (hint) {
      notes.push(body.appendChild(el('p', { className: 'gpt-field__hint', id: `${id}-hint`, text: hint })));
    }
    return {
      name,
      error,
      notes,
      controls,
      control: controls[0] || null,
      wrapper: el('div', { className: `gpt-field gpt-field--${modifier || fieldModifier(name)}` }, [labelNode, body])
    };
  }

  /**
   * A labelled field with one control, an optional hint, an optional note right next to the control (aside, read
   * after the hint) and a place for its error message. The control gets the id {prefix}-{name} and the name.
   */
  function makeField(prefix, name, labelText, control,
    { required = false, hint = '', aside = null, modifier = '' } = {}) {
    const id = `${prefix}-${name}`;
    control.id = id;
    control.name = name;
    const label = el('label', { className: 'gpt-field__label', for: id, text: labelText });
    if (required) {
      control.required = true;
      label.appendChild(el('span', { className: 'gpt-field__required', 'aria-hidden': 'true', text: ' *' }));
    }
    const body = el('div', { className: 'gpt-field__body' }, [control]);
    if (aside) {
      aside.id = `${id}-aside`;
      body.appendChild(aside);
      body.classList.add('gpt-field__body--with-aside');
    }
    const field = fieldShell(id, name, label, body, hint, [control], modifier);
    if (aside) {
      field.notes.push(aside);
    }
    describe(field);
    return field;
  }

  function setFieldError(field, message) {
    field.error.textContent = message;
    field.error.hidden = false;
    field.controls.forEach((control) => control.setAttribute('aria-invalid', 'true'));
    field.wrapper.classList.add('gpt-field--invalid');
    describe(field);
  }

  function clearFieldError(field) {
    field.error.textContent = '';
    field.error.hidden = true;
    field.controls.forEach((control) => control.removeAttribute('aria-invalid'));
    field.wrapper.classList.remove('gpt-field--invalid');
    describe(field);
  }

  function textInput(value, attributes = {}) {
    const input = el('input', Object.assign({ className: 'gpt-input', type: 'text', autocomplete: 'off' }, attributes));
    input.value = value;
    return input;
  }

  function textArea(value, rows, attributes = {}) {
    const area = el('textarea', Object.assign({ className: 'gpt-input gpt-input--multiline', rows }, attributes));
    area.value = value;
    return area;
  }

  /**
   * A select of [value, label] pairs; a value the list does not know stays as an extra option, never lost, named
   * unknownLabel when given.
   */
  function selectOf(choices, value, unknownLabel) {
    const select = el('select', { className: 'gpt-input gpt-input--select' });
    choices.forEach(([optionValue, label]) => {
      select.appendChild(el('option', { value: optionValue, text: label }));
    });
    if (!choices.some(([optionValue]) => optionValue === value)) {
      select.appendChild(el('option', { value, text: unknownLabel || value }));
    }
    select.value = value;
    return select;
  }

  /**
   * What every form shares: a summary for what is wrong, error display and a busy state. fields maps request-body
   * names to fields; errors under other names (version, body, transition, …) are listed in the summary only.
   * texts.invalid heads the summary; with texts.labelOf(name) the summary also lists each field's message, as a link
   * to the field named by its label.
   */
  class FormState {
    constructor(form, fields, summary, saveButton, texts) {
      this.element = form;
      this.fields = fields;
      this.summary = summary;
      this.saveButton = saveButton;
      this.texts = texts;
    }

    clearErrors() {
      Object.values(this.fields).forEach(clearFieldError);
      this.summary.textContent = '';
      this.summary.hidden = true;
    }

    showMessage(message) {
      this.clearErrors();
      this.summary.appendChild(el('p', { className: 'gpt-form__summary-text', text: message }));
      this.summary.hidden = false;
    }

    /**
     * Shows each field's message next to it and the rest in the summary, in the order of the form, then what belongs
     * to no field; returns the first invalid control.
     */
    showErrors(errors) {
      this.clearErrors();
      const { labelOf } = this.texts;
      const list = el('ul', { className: 'gpt-form__summary-list' });
      const names = Object.keys(errors);
      const fieldNames = Object.keys(this.fields).filter((name) => names.includes(name));
      fieldNames.concat(names.filter((name) => !has(this.fields, name))).forEach((name) => {
        const message = asText(errors[name]);
        const field = has(this.fields, name) ? this.fields[name] : null;
        if (field && field.control) {
          setFieldError(field, message);
          if (labelOf) {
            const link = el('a', { href: `#${field.control.id}`, text: `${labelOf(name)}: ${message}` });
            link.addEventListener('click', (event) => {
              event.preventDefault();
              focusElement(field.control);
            });
            list.appendChild(el('li', {}, [link]));
          }
        } else {
          list.appendChild(el('li', { text: message }));
        }
      });
      this.summary.appendChild(el('p', { className: 'gpt-form__summary-text', text: this.texts.invalid }));
      if (list.childNodes.length) {
        this.summary.appendChild(list);
      }
      this.summary.hidden = false;
      const first = fieldNames.map((name) => this.fields[name]).find((field) => field.control);
      return first ? first.control : null;
    }

    setBusy(busy) {
      this.saveButton.disabled = busy;
      if (busy) {
        this.element.setAttribute('aria-busy', 'true');
      } else {
        this.element.removeAttribute('aria-busy');
      }
    }
  }

  app.ui = Object.freeze({
    asText,
    has,
    isObject,
    slug,
    textsOf,
    restBaseOf,
    el,
    idMaker,
    claimer,
    onReady,
    focusElement,
    focusStatic,
    createStatus,
    announce,
    markBusy,
    send,
    outcomeOf,
    merge,
    describe,
    fieldShell,
    makeField,
    textInput,
    textArea,
    selectOf,
    FormState
  });
}());
