/*
 * Good Practice Transfer: importing a space's app data file. The macro renders the download link and says how to
 * import over REST; this adds a file field that checks the chosen file first (POST data-import?dryRun=true) and
 * imports it only after a clean check. Plain JavaScript, no host libraries; helpers from GoodPracticeTransfer.ui;
 * every text comes from data-i18n.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { el, textsOf, send, outcomeOf, createStatus, announce, markBusy } = ui;

  function totals(report) {
    const sum = { created: 0, updated: 0, unchanged: 0 };
    Object.values(report.sections || {}).forEach((counts) => {
      Object.keys(sum).forEach((name) => { sum[name] += Number(counts[name]) || 0; });
    });
    return sum;
  }

  /** Hides or shows a button; the style too, since the buttons' own display rule outranks the hidden attribute. */
  function shown(node, visible) {
    node.hidden = !visible;
    node.style.display = visible ? '' : 'none';
  }

  function fill(message, sum) {
    return message.replace('{0}', sum.created).replace('{1}', sum.updated).replace('{2}', sum.unchanged);
  }

  function enhance(section) {
    const t = textsOf(section);
    const url = section.getAttribute('data-import-url');
    const id = `gpt-space-data-file-${section.getAttribute('data-space-key')}`;
    const input = el('input', { type: 'file', id, accept: '.json,application/json' });
    const check = el('button', { type: 'button', class: 'gpt-button', 'data-gpt-action': 'check',
      text: t('transfer.portability.macro.check') });
    const apply = el('button', { type: 'button', class: 'gpt-button gpt-button--primary', 'data-gpt-action': 'import',
      text: t('transfer.portability.macro.import') });
    shown(apply, false);
    const form = el('div', { class: 'gpt-space-data__form' }, [
      el('p', {}, [el('label', { for: id, text: t('transfer.portability.macro.file') }), el('br'), input]),
      el('p', {}, [check, document.createTextNode(' '), apply])
    ]);
    const missing = el('ul', { class: 'gpt-space-data__missing' });
    section.querySelector('.gpt-space-data__import-intro').insertAdjacentElement('afterend', form);
    const status = createStatus(form, 'gpt-space-data__status');
    status.insertAdjacentElement('afterend', missing);
    let file = null;

    async function run(dryRun) {
      missing.textContent = '';
      if (!input.files || !input.files.length) {
        announce(status, t('transfer.portability.macro.choose-file'), 'error');
        input.focus();
        return;
      }
      const text = await input.files[0].text();
      try {
        file = JSON.parse(text);
      } catch (e) {
        announce(status, t('transfer.portability.macro.not-json'), 'error');
        return;
      }
      markBusy(section, true);
      announce(status, t(dryRun ? 'transfer.portability.macro.checking' : 'transfer.portability.macro.importing'),
        'busy');
      const outcome = outcomeOf(await send('POST', `${url}?dryRun=${dryRun}`, file),
        t('transfer.portability.macro.failed'));
      markBusy(section, false);
      if (outcome.kind !== 'ok') {
        const errors = outcome.errors ? Object.entries(outcome.errors).map(([field, text]) => `${field}: ${text}`) : [];
        announce(status, [outcome.message || t('transfer.portability.macro.failed')].concat(errors).join(' '),
          'error');
        shown(apply, false);
        return;
      }
      const pages = outcome.data.unmappedPages || [];
      if (pages.length) {
        announce(status, t('transfer.portability.macro.missing-pages'), 'error');
        pages.forEach((page) => missing.appendChild(el('li', { text: `${page.spaceKey}: ${page.title}` })));
        shown(apply, false);
        return;
      }
      const sum = totals(outcome.data);
      announce(status, fill(t(dryRun ? 'transfer.portability.macro.checked' : 'transfer.portability.macro.imported'),
        sum), 'ok');
      shown(apply, dryRun);
    }

    input.addEventListener('change', () => { shown(apply, false); });
    check.addEventListener('click', () => run(true));
    apply.addEventListener('click', () => run(false));
  }

  ui.onReady(() => {
    document.querySelectorAll('.gpt-space-data[data-editable="true"]').forEach(enhance);
  });
}());
