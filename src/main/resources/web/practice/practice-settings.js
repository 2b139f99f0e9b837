/*
 * Good Practice Transfer: editing the practice registry's settings (themes, target groups, coordinators' group)
 * for space administrators. The macro renders the settings on the server; this only adds editing to a section the
 * server marked data-editable="true". Plain JavaScript, no host libraries; the helpers it shares with the app's other
 * page scripts are GoodPracticeTransfer.ui (web/common/transfer-common.js). Every text comes from data-i18n.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { el, textsOf, send } = ui;

  /**
   * Shows the answer of a save (from GoodPracticeTransfer.ui.send): the server's messages on a refusal, a reload on
   * success; "failed" when the network or the server failed without a message.
   */
  function handle(answer, status, t) {
    if (answer.status >= 200 && answer.status < 300) {
      status.textContent = t('transfer.practice.js.saved');
      window.location.reload();
      return;
    }
    const json = answer.data || {};
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
        send('PUT', url, { terms }).then((answer) => handle(answer, status, t));
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
        send('PUT', url, { coordinatorGroup: input.value.trim() || null }).then((answer) => handle(answer, status, t));
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

  ui.onReady(start);
}());
