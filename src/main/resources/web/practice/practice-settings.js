/*
 * Good Practice Transfer: editing the practice registry's settings (themes, target groups, coordinators' group,
 * the space's copy of the criteria set) for space administrators. The macro renders the settings on the server; this only adds editing to a section the
 * server marked data-editable="true". Plain JavaScript, no host libraries; the helpers it shares with the app's other
 * page scripts are GoodPracticeTransfer.ui (web/common/transfer-common.js). Every text comes from data-i18n.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { el, textsOf, send, outcomeOf } = ui;

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
    const edit = el('button', { type: 'button', class: 'gpt-button', 'aria-expanded': 'false',
      text: t('transfer.practice.settings.js.edit') });
    table.after(edit);
    edit.addEventListener('click', () => {
      edit.setAttribute('aria-expanded', 'true');
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
    const edit = el('button', { type: 'button', class: 'gpt-button', 'aria-expanded': 'false',
      text: t('transfer.practice.settings.js.edit') });
    paragraph.after(edit);
    edit.addEventListener('click', () => {
      edit.setAttribute('aria-expanded', 'true');
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

  /** Shows a save's field errors (keys like criteria[3].weight) next to the inputs of the rows sent, in order. */
  function showCriteriaErrors(rows, errors, status) {
    const rest = [];
    Object.keys(errors).forEach((field) => {
      const match = /^criteria\[(\d+)\]\.(\w+)$/.exec(field);
      const row = match && rows[Number(match[1])];
      const input = row && (row.querySelector(`[data-field="${match[2]}"]`) || row.querySelector('[data-field="customQuestion"]'));
      if (!input) {
        rest.push(errors[field]);
        return;
      }
      input.setAttribute('aria-invalid', 'true');
      input.after(el('span', { class: 'gpt-practice-settings__error', text: ` ${errors[field]}` }));
    });
    status.textContent = rest.join(' ');
  }

  /** One criterion as PUT sends it; the new row's key and dimension come from its own inputs. */
  function criterionOf(row) {
    const value = (field) => {
      const input = row.querySelector(`[data-field="${field}"]`);
      return input ? input.value.trim() : '';
    };
    const retired = row.querySelector('[data-field="retired"]');
    return {
      key: row.hasAttribute('data-new') ? value('key') : row.getAttribute('data-key'),
      dimension: row.hasAttribute('data-new') ? value('dimension') : row.getAttribute('data-dimension'),
      weight: value('weight'),
      retired: Boolean(retired && retired.checked),
      customQuestion: value('customQuestion') || null
    };
  }

  /** Turns the read-only criteria table into inputs: weight, own wording of the question, retired. */
  function editCriteria(table, t) {
    const dimensions = new Map();
    Array.from(table.tBodies[0].rows).forEach((row) => {
      const key = row.getAttribute('data-key');
      dimensions.set(row.getAttribute('data-dimension'), row.cells[0].textContent.trim());
      const question = row.cells[1];
      const shown = question.textContent.trim();
      question.textContent = '';
      question.appendChild(el('input', { type: 'text', maxlength: 1000, 'data-field': 'customQuestion',
        value: row.getAttribute('data-custom-question') || '', placeholder: shown,
        'aria-label': `${t('transfer.practice.criteria.question')}: ${key}` }));
      const weight = row.cells[2];
      weight.textContent = '';
      weight.appendChild(el('input', { type: 'number', min: '0.1', step: '0.1', 'data-field': 'weight',
        value: row.getAttribute('data-weight'), 'aria-label': `${t('transfer.practice.criteria.weight')}: ${key}` }));
      const state = row.cells[3];
      state.textContent = '';
      const id = `gpt-retire-criterion-${key}`;
      state.appendChild(el('input', { type: 'checkbox', id, 'data-field': 'retired', checked: row.hasAttribute('data-retired') }));
      state.appendChild(el('label', { for: id, text: ` ${t('transfer.practice.settings.js.retire')}` }));
    });
    return () => {
      const select = el('select', { 'data-field': 'dimension', 'aria-label': t('transfer.practice.criteria.dimension') },
        Array.from(dimensions, ([value, text]) => el('option', { value, text })));
      const key = el('input', { type: 'text', maxlength: 60, 'data-field': 'key', 'aria-label': t('transfer.practice.criteria.js.key') });
      const row = el('tr', { 'data-new': 'true' }, [
        el('td', {}, [select]),
        el('td', {}, [key, el('input', { type: 'text', maxlength: 1000, 'data-field': 'customQuestion',
          'aria-label': t('transfer.practice.criteria.question') })]),
        el('td', {}, [el('input', { type: 'number', min: '0.1', step: '0.1', value: '1', 'data-field': 'weight',
          'aria-label': t('transfer.practice.criteria.weight') })]),
        el('td')]);
      table.tBodies[0].appendChild(row);
      key.focus();
    };
  }

  /**
   * The criteria set: "Adjust for this space" makes the space's copy first when it still uses the shipped set (POST),
   * then one PUT saves every row with the version read; a conflict keeps the input and takes the newer version.
   */
  function enhanceCriteria(section, t, status) {
    const box = section.querySelector('.gpt-practice-settings__criteria');
    const table = box && box.querySelector('table');
    if (!table) {
      return;
    }
    const url = `${section.getAttribute('data-rest-base')}/criteria-sets?space=`
      + encodeURIComponent(section.getAttribute('data-space-key'));
    let version = box.getAttribute('data-version');
    const adjust = el('button', { type: 'button', class: 'gpt-button', 'aria-expanded': 'false',
      text: t('transfer.practice.criteria.js.adjust') });
    table.after(adjust);
    const open = () => {
      adjust.setAttribute('aria-expanded', 'true');
      adjust.hidden = true;
      const addRow = editCriteria(table, t);
      const add = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.criteria.js.add') });
      const save = el('button', { type: 'button', class: 'gpt-button gpt-button--primary', text: t('transfer.practice.js.save') });
      const cancel = el('button', { type: 'button', class: 'gpt-button', text: t('transfer.practice.js.cancel') });
      adjust.after(el('p', { class: 'gpt-practice-settings__actions' }, [add, save, cancel]));
      add.addEventListener('click', addRow);
      cancel.addEventListener('click', () => window.location.reload());
      save.addEventListener('click', () => {
        table.querySelectorAll('.gpt-practice-settings__error').forEach((error) => error.remove());
        table.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
        // an added row left empty is no criterion; the rest are sent in order, so criteria[i] names rows[i]
        const rows = Array.from(table.tBodies[0].rows).filter((row) => !row.hasAttribute('data-new')
          || row.querySelector('[data-field="key"]').value.trim() || row.querySelector('[data-field="customQuestion"]').value.trim());
        status.textContent = t('transfer.practice.js.saving');
        send('PUT', url, { version, criteria: rows.map(criterionOf) }).then((answer) => {
          const outcome = outcomeOf(answer, t('transfer.practice.js.failed'), t('transfer.practice.criteria.js.conflict'));
          if (outcome.kind === 'ok') {
            status.textContent = t('transfer.practice.js.saved');
            window.location.reload();
          } else if (outcome.kind === 'invalid') {
            showCriteriaErrors(rows, outcome.errors, status);
          } else if (outcome.kind === 'conflict') {
            if (outcome.current && outcome.current.version !== undefined) {
              version = String(outcome.current.version);
            }
            status.textContent = t('transfer.practice.criteria.js.conflict');
          } else {
            status.textContent = outcome.message;
          }
        });
      });
    };
    adjust.addEventListener('click', () => {
      if (box.hasAttribute('data-copy')) {
        open();
        return;
      }
      status.textContent = t('transfer.practice.js.saving');
      send('POST', url).then((answer) => {
        const outcome = outcomeOf(answer, t('transfer.practice.js.failed'), t('transfer.practice.criteria.js.conflict'));
        // a copy made meanwhile by someone else answers 409 with it: adjusting goes on from that one
        const made = outcome.kind === 'ok' ? outcome.data : outcome.kind === 'conflict' ? outcome.current : null;
        if (!made) {
          status.textContent = outcome.message;
          return;
        }
        version = String(made.version);
        box.setAttribute('data-copy', 'true');
        status.textContent = '';
        open();
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
    enhanceCriteria(section, t, status);
  }

  function start() {
    document.querySelectorAll('section.gpt-practice-settings[data-editable="true"]').forEach(enhance);
  }

  ui.onReady(start);
}());
