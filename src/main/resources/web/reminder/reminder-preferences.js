/*
 * Good Practice Transfer: the reader's reminder choices. The macro renders them in words; this turns each into a
 * checkbox and saves both over REST (PUT /reminders/preferences). Plain JavaScript, no host libraries; shared helpers
 * from GoodPracticeTransfer.ui (web/common/transfer-common.js); every text comes from data-i18n.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const { el, textsOf, send, outcomeOf, restBaseOf } = ui;

  function enhance(section) {
    const t = textsOf(section);
    const list = section.querySelector('.gpt-reminder-preferences__states');
    const boxes = [];
    const form = el('form', { class: 'gpt-reminder-preferences__form' });
    Array.from(list.children).forEach((item) => {
      const field = item.getAttribute('data-field');
      const label = item.childNodes[0].textContent.replace(/:\s*$/, '');
      const id = `gpt-reminder-${field}`;
      const box = el('input', { type: 'checkbox', id, name: field, checked: item.hasAttribute('data-on') });
      boxes.push(box);
      form.appendChild(el('p', {}, [box, el('label', { for: id, text: ` ${label}` })]));
    });
    const save = el('button', { type: 'submit', class: 'gpt-button gpt-button--primary',
      text: t('transfer.reminder.preferences.save') });
    const status = el('p', { class: 'gpt-reminder-preferences__status', role: 'status', 'aria-live': 'polite' });
    form.appendChild(el('p', {}, [save]));
    form.appendChild(status);
    list.replaceWith(form);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      status.textContent = t('transfer.reminder.preferences.saving');
      const body = {};
      boxes.forEach((box) => { body[box.name] = box.checked; });
      const outcome = outcomeOf(await send('PUT', `${restBaseOf(section)}/reminders/preferences`, body),
        t('transfer.reminder.preferences.failed'));
      save.disabled = false;
      if (outcome.kind === 'ok') {
        boxes.forEach((box) => { box.checked = outcome.data[box.name] === true; });
        status.textContent = t('transfer.reminder.preferences.saved');
      } else {
        const errors = outcome.errors ? Object.values(outcome.errors) : [];
        status.textContent = [outcome.message || t('transfer.reminder.preferences.failed')].concat(errors).join(' ');
      }
    });
  }

  ui.onReady(() => {
    document.querySelectorAll('.gpt-reminder-preferences[data-editable="true"]').forEach(enhance);
  });
}());
