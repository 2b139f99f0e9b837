/*
 * Good Practice Transfer: editing the practice registry's settings (themes, target groups, coordinators' group)
 * for space administrators. The macro renders the settings on the server; this only adds editing to a section the
 * server marked data-editable="true". Plain JavaScript, no host libraries; every text comes from data-i18n.
 */
(function () {
  'use strict';

  function textsOf(element) {
    let texts = {};
    try {
      texts = JSON.parse(element.getAttribute('data-i18n') || '{}') || {};
    } catch (e) {
      texts = {};
    }
    return (key) => (typeof texts[key] === 'string' ? texts[key] : key);
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach((name) => {
      const value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    (children || []).forEach((child) => child && node.appendChild(child));
    return node;
  }

  function request(method, url, body) {
    return fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then((response) => response.text().then((text) => {
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch (e) {
        json = null;
      }
      return { status: response.status, json };
    }));
  }

  /** Shows the answer of a save: the server's messages on a refusal, a reload on success. */
  function handle(answer, status, t) {
    if (answer.status >= 200 && answer.status < 300) {
      status.textContent = t('transfer.practice.js.saved');
      window.location.reload();
      return;
    }
    const json = answer.json || {};
    const messages = [json.message || t('transfer.practice.js.failed')];
    Object.keys(json.errors || {}).forEach((field) => messages.push(json.errors[field]));
    status.textContent = messages.join(' ');
  }

  function enhanceVocabulary(section, table, t, status) {
    const kind = table.getAttribute('data-kind');
    const url = `${section.getAttribute('data-rest-base')}/vocabularies/${encodeURIComponent(kind)}?space=`
      + encodeURIComponent(section.getAttribute('data-space-key'));
    const edit = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.settings.js.edit') });
    table.after(edit);
    edit.addEventListener('click', () => {
      edit.hidden = true;
      const rows = Array.from(table.tBodies[0].rows);
      rows.forEach((row) => {
        const name = row.cells[0];
        const shown = name.textContent.trim();
        name.textContent = '';
        name.appendChild(el('input', { type: 'text', maxlength: 255, value: row.getAttribute('data-custom-label') || shown,
          'aria-label': `${t('transfer.practice.settings.term')}: ${row.getAttribute('data-key')}` }));
        const state = row.cells[2];
        state.textContent = '';
        const id = `gpt-retire-${kind}-${row.getAttribute('data-key')}`;
        state.appendChild(el('input', { type: 'checkbox', id, checked: row.hasAttribute('data-retired') }));
        state.appendChild(el('label', { for: id, text: ` ${t('transfer.practice.settings.js.retire')}` }));
      });
      const add = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.settings.js.add') });
      const save = el('button', { type: 'button', class: 'gpt-button gpt-button--primary', text: t('transfer.practice.js.save') });
      const cancel = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.js.cancel') });
      edit.after(el('p', { class: 'gpt-practice-settings__actions' }, [add, save, cancel]));
      add.addEventListener('click', () => {
        const input = el('input', { type: 'text', maxlength: 255, 'aria-label': t('transfer.practice.settings.js.new-term') });
        table.tBodies[0].appendChild(el('tr', { 'data-new': 'true' }, [el('td', {}, [input]), el('td'), el('td')]));
        input.focus();
      });
      cancel.addEventListener('click', () => window.location.reload());
      save.addEventListener('click', () => {
        const terms = Array.from(table.tBodies[0].rows).map((row) => {
          const label = row.cells[0].querySelector('input').value.trim();
          if (row.hasAttribute('data-new')) {
            return label ? { label, retired: false } : null;
          }
          const retired = row.cells[2].querySelector('input');
          return { key: row.getAttribute('data-key'), label, retired: Boolean(retired && retired.checked) };
        }).filter(Boolean);
        status.textContent = t('transfer.practice.js.saving');
        request('PUT', url, { terms }).then((answer) => handle(answer, status, t),
          () => { status.textContent = t('transfer.practice.js.failed'); });
      });
    });
  }

  function enhanceGroup(section, t, status) {
    const paragraph = section.querySelector('.gpt-practice-settings__group');
    if (!paragraph) {
      return;
    }
    const edit = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.settings.js.edit') });
    paragraph.after(edit);
    edit.addEventListener('click', () => {
      edit.hidden = true;
      const id = `gpt-group-${section.getAttribute('data-space-key')}`;
      const input = el('input', { type: 'text', id, maxlength: 255, value: section.getAttribute('data-group') || '' });
      const save = el('button', { type: 'button', class: 'gpt-button gpt-button--primary', text: t('transfer.practice.js.save') });
      edit.after(el('p', {}, [el('label', { for: id, text: `${t('transfer.practice.settings.js.group')} ` }), input, save]));
      input.focus();
      save.addEventListener('click', () => {
        const url = `${section.getAttribute('data-rest-base')}/practice-settings?space=`
          + encodeURIComponent(section.getAttribute('data-space-key'));
        status.textContent = t('transfer.practice.js.saving');
        request('PUT', url, { coordinatorGroup: input.value.trim() || null }).then((answer) => handle(answer, status, t),
          () => { status.textContent = t('transfer.practice.js.failed'); });
      });
    });
  }

  function enhance(section) {
    if (section.hasAttribute('data-enhanced')) {
      return;
    }
    section.setAttribute('data-enhanced', 'true');
    const t = textsOf(section);
    const status = el('p', { class: 'gpt-practice-settings__status', role: 'status', 'aria-live': 'polite' });
    section.appendChild(status);
    enhanceGroup(section, t, status);
    section.querySelectorAll('table.gpt-practice-settings__terms').forEach((table) => enhanceVocabulary(section, table, t, status));
  }

  function start() {
    document.querySelectorAll('section.gpt-practice-settings[data-editable="true"]').forEach(enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
