/*
 * Good Practice Transfer: the dissemination log's page script. The server renders the whole log (PDF and readers
 * without JavaScript get it all); this script filters, sorts and pages the list, and lets editors record, edit and
 * delete activities and check links in place through the REST API, then swaps in the server's fresh HTML.
 * Texts come from data-i18n, the REST base from data-rest-base; user data reaches the page only as text.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer.ui;
  const { el } = ui;
  const PAGE_SIZE = 25;
  const TYPES = ['OWN_PUBLICATION', 'MEDIA', 'CONFERENCE', 'FAIR', 'WEBSITE_SOCIAL_MEDIA', 'NEWSLETTER', 'TRAINING',
    'OTHER'];
  const CATEGORIES = ['PROJECT_SUMMARY', 'HANDBOOK_GUIDE', 'LEARNING_PROGRAMME', 'E_LEARNING', 'SCIENTIFIC_RESULTS',
    'STATISTICAL_RESULTS', 'POLICY_RECOMMENDATION', 'PRESENTATION', 'PRESS_ARTICLE', 'PUBLICATION', 'WEBSITE_PLATFORM',
    'MOBILE_APPLICATION', 'VIDEO', 'PHOTO', 'OTHER'];
  const FIELDS = ['type', 'category', 'date', 'title', 'language', 'country', 'audience', 'reach', 'link',
    'practicePageIds'];
  const ids = ui.idMaker('gpt-dissemination');
  const claim = ui.claimer();
  const statusOf = new WeakMap();
  const viewOf = new WeakMap();

  function texts(root) {
    return ui.textsOf(root);
  }

  /* ---------- filter, sort, page: every reader ---------- */

  function enhanceList(root) {
    const t = texts(root);
    const table = root.querySelector('.gpt-dissemination__list');
    if (!table) {
      return;
    }
    const rows = Array.from(table.tBodies[0].rows);
    const view = viewOf.get(root) || { type: '', country: '', year: '', sort: 'date', descending: true, page: 0 };
    viewOf.set(root, view);
    const distinct = (attribute) => Array.from(new Set(rows.map((row) => row.getAttribute(attribute))))
      .filter(Boolean).sort();
    const filterSelect = (name, label, values, labelOf) => {
      const select = ui.selectOf([['', t('transfer.dissemination.filter.all')]]
        .concat(values.map((value) => [value, labelOf(value)])), view[name]);
      select.id = ids('filter');
      select.addEventListener('change', () => {
        view[name] = select.value;
        view.page = 0;
        apply();
      });
      return el('span', { className: 'gpt-dissemination__filter' }, [el('label', { for: select.id, text: label }), select]);
    };
    const countryNames = {};
    rows.forEach((row) => {
      countryNames[row.getAttribute('data-country')] = row.querySelector('.gpt-activity__country').textContent;
    });
    const shown = el('span', { className: 'gpt-dissemination__shown', 'aria-live': 'polite' });
    const pager = el('span', { className: 'gpt-dissemination__pager' });
    const bar = el('div', { className: 'gpt-dissemination__filters' }, [
      filterSelect('type', t('transfer.dissemination.filter.type'), distinct('data-type'),
        (type) => t(`transfer.dissemination.type.${ui.slug(type)}`)),
      filterSelect('country', t('transfer.dissemination.filter.country'), distinct('data-country'),
        (code) => countryNames[code] || code),
      filterSelect('year', t('transfer.dissemination.filter.year'), distinct('data-year').reverse(), (year) => year),
      shown, pager]);
    table.insertAdjacentElement('beforebegin', bar);
    table.querySelectorAll('th[data-sort]').forEach((th) => {
      const button = el('button', { type: 'button', className: 'gpt-dissemination__sort', title: t('transfer.dissemination.sort'),
        text: th.textContent });
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () => {
        const key = th.getAttribute('data-sort');
        view.descending = view.sort === key ? !view.descending : key === 'date' || key === 'reach';
        view.sort = key;
        apply();
      });
    });
    const sortValue = (row, key) => {
      if (key === 'reach') {
        return Number(row.getAttribute('data-reach'));
      }
      if (key === 'date') {
        return row.getAttribute('data-date');
      }
      return (row.querySelector(`.gpt-activity__${key}`) || row).textContent.trim().toLowerCase();
    };
    function apply() {
      const matching = rows.filter((row) => ['type', 'country', 'year']
        .every((name) => !view[name] || row.getAttribute(`data-${name}`) === view[name]));
      matching.sort((a, b) => {
        const x = sortValue(a, view.sort);
        const y = sortValue(b, view.sort);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return view.descending ? -order : order;
      });
      const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
      view.page = Math.min(view.page, pages - 1);
      rows.forEach((row) => {
        row.hidden = true;
      });
      matching.forEach((row, index) => {
        table.tBodies[0].appendChild(row);
        row.hidden = Math.floor(index / PAGE_SIZE) !== view.page;
      });
      table.querySelectorAll('th[data-sort]').forEach((th) => {
        th.setAttribute('aria-sort', th.getAttribute('data-sort') !== view.sort ? 'none'
          : view.descending ? 'descending' : 'ascending');
      });
      shown.textContent = `${t('transfer.dissemination.filter.shown')}: ${matching.length}`;
      pager.textContent = '';
      if (pages > 1) {
        const previous = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.dissemination.page.previous') });
        const next = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.dissemination.page.next') });
        previous.disabled = view.page === 0;
        next.disabled = view.page >= pages - 1;
        previous.addEventListener('click', () => { view.page -= 1; apply(); });
        next.addEventListener('click', () => { view.page += 1; apply(); });
        pager.append(previous, el('span', { text: ` ${t('transfer.dissemination.page.of')} ${view.page + 1} / ${pages} ` }), next);
      }
    }
    apply();
  }

  /* ---------- editing: editors only ---------- */

  async function refresh(root) {
    const base = ui.restBaseOf(root);
    const space = root.getAttribute('data-space-key');
    let html = null;
    try {
      const response = await fetch(`${base}/dissemination/view?spaceKey=${encodeURIComponent(space)}`,
        { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      html = response.ok ? await response.text() : null;
    } catch (e) {
      html = null;
    }
    if (!html) {
      return root;
    }
    const holder = document.createElement('div');
    holder.innerHTML = html; // the app's own server-rendered, escaped HTML
    const fresh = holder.querySelector('.gpt-dissemination');
    if (!fresh) {
      return root;
    }
    statusOf.set(fresh, statusOf.get(root));
    viewOf.set(fresh, viewOf.get(root));
    root.replaceWith(fresh);
    start(fresh);
    return fresh;
  }

  function say(root, message, kind) {
    ui.announce(statusOf.get(root), message, kind);
  }

  function formFor(root, activity, onDone) {
    const t = texts(root);
    const prefix = ids('form');
    const values = Object.assign({ type: 'CONFERENCE', category: '', date: new Date().toISOString().slice(0, 10),
      title: '', language: '', country: '', audience: '', reach: '0', link: '', practicePageIds: [] }, activity || {});
    const controls = {
      type: ui.selectOf(TYPES.map((type) => [type, t(`transfer.dissemination.type.${ui.slug(type)}`)]), values.type),
      category: ui.selectOf([['', t('transfer.dissemination.category.none')]].concat(CATEGORIES
        .map((category) => [category, t(`transfer.dissemination.category.${ui.slug(category)}`)])), values.category),
      date: ui.textInput(values.date, { type: 'date' }),
      title: ui.textInput(values.title),
      language: ui.textInput(values.language, { size: 4 }),
      country: ui.textInput(values.country, { size: 4 }),
      audience: ui.textInput(values.audience),
      reach: ui.textInput(values.reach, { inputmode: 'numeric', size: 8 }),
      link: ui.textInput(values.link, { type: 'url' }),
      practicePageIds: ui.textInput((values.practicePageIds || []).join(', '))
    };
    const fields = {};
    FIELDS.forEach((name) => {
      const key = name === 'practicePageIds' ? 'practices' : name;
      fields[name] = ui.makeField(prefix, name, t(`transfer.dissemination.field.${key}`), controls[name], {
        required: ['type', 'date', 'title'].includes(name),
        hint: name === 'practicePageIds' ? t('transfer.dissemination.field.practices.hint') : ''
      });
    });
    const summary = el('div', { className: 'gpt-form__summary', role: 'alert', hidden: true });
    const save = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: t('transfer.dissemination.save') });
    const cancel = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.dissemination.cancel') });
    const form = el('form', { className: 'gpt-form gpt-dissemination__form', 'aria-label': t('transfer.dissemination.form.title') },
      [summary].concat(FIELDS.map((name) => fields[name].wrapper))
        .concat([el('div', { className: 'gpt-form__actions' }, [save, cancel])]));
    const state = new ui.FormState(form, fields, summary, save, {
      invalid: t('transfer.dissemination.form.invalid'),
      labelOf: (name) => t(`transfer.dissemination.field.${name === 'practicePageIds' ? 'practices' : name}`)
    });
    let version = activity ? activity.version : null;
    cancel.addEventListener('click', () => onDone(false));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = {};
      FIELDS.forEach((name) => {
        body[name] = controls[name].value;
      });
      body.practicePageIds = controls.practicePageIds.value.split(',').map((id) => id.trim()).filter(Boolean);
      const base = ui.restBaseOf(root);
      let result;
      state.setBusy(true);
      if (activity) {
        body.version = version;
        result = await ui.send('PUT', `${base}/dissemination/${activity.id}`, body);
      } else {
        body.spaceKey = root.getAttribute('data-space-key');
        result = await ui.send('POST', `${base}/dissemination`, body);
      }
      state.setBusy(false);
      const outcome = ui.outcomeOf(result, t('transfer.dissemination.failed'), t('transfer.dissemination.stale'));
      if (outcome.kind === 'ok') {
        onDone(true);
      } else if (outcome.kind === 'invalid') {
        ui.focusElement(state.showErrors(outcome.errors));
      } else if (outcome.kind === 'conflict') {
        // the input stays; saving again replaces the other change, which the user has been told about
        version = outcome.current ? outcome.current.version : version;
        state.showMessage(t('transfer.dissemination.stale'));
        ui.focusStatic(summary);
      } else {
        state.showMessage(outcome.message);
        ui.focusStatic(summary);
      }
    });
    return { form, first: controls.type };
  }

  function openForm(root, place, activity) {
    const { form, first } = formFor(root, activity, async (saved) => {
      if (!saved) {
        form.remove();
        return;
      }
      const fresh = await refresh(root);
      say(fresh, texts(fresh)('transfer.dissemination.saved'), 'ok');
    });
    place(form);
    ui.focusElement(first);
  }

  function enhanceEditing(root) {
    const t = texts(root);
    const controls = root.querySelector('.gpt-dissemination__controls');
    const add = el('button', { type: 'button', className: 'gpt-button gpt-button--primary', 'data-gpt-action': 'add',
      text: t('transfer.dissemination.add') });
    const check = el('button', { type: 'button', className: 'gpt-button', 'data-gpt-action': 'check-links',
      text: t('transfer.dissemination.check-links') });
    controls.append(add, check);
    add.addEventListener('click', () => {
      if (!controls.querySelector('form')) {
        openForm(root, (form) => controls.appendChild(form), null);
      }
    });
    check.addEventListener('click', async () => {
      if (check.getAttribute('aria-disabled') === 'true') {
        return;
      }
      ui.markBusy(root, true);
      say(root, t('transfer.dissemination.checking'), 'busy');
      const space = encodeURIComponent(root.getAttribute('data-space-key'));
      const result = await ui.send('POST', `${ui.restBaseOf(root)}/dissemination/link-check?spaceKey=${space}`);
      const outcome = ui.outcomeOf(result, t('transfer.dissemination.failed'));
      ui.markBusy(root, false);
      if (outcome.kind !== 'ok') {
        say(root, outcome.message, 'error');
        return;
      }
      const d = outcome.data;
      const fresh = await refresh(root);
      say(fresh, `${t('transfer.dissemination.checked')}: ${d.ok} ${t('transfer.dissemination.checked.ok')}, `
        + `${d.dead} ${t('transfer.dissemination.checked.dead')}, `
        + `${d.notChecked} ${t('transfer.dissemination.checked.not-checked')}.`, d.dead ? 'error' : 'ok');
    });
    const table = root.querySelector('.gpt-dissemination__list');
    if (!table) {
      return;
    }
    table.tHead.rows[0].appendChild(el('th', { className: 'confluenceTh', scope: 'col', text: '' }));
    Array.from(table.tBodies[0].rows).forEach((row) => {
      let activity;
      try {
        activity = JSON.parse(row.getAttribute('data-activity'));
      } catch (e) {
        return;
      }
      const title = row.querySelector('.gpt-activity__title strong').textContent;
      const edit = el('button', { type: 'button', className: 'gpt-button', 'data-gpt-action': 'edit',
        text: t('transfer.dissemination.edit'), 'aria-label': `${t('transfer.dissemination.edit')}: ${title}` });
      const remove = el('button', { type: 'button', className: 'gpt-button', 'data-gpt-action': 'delete',
        text: t('transfer.dissemination.delete'), 'aria-label': `${t('transfer.dissemination.delete')}: ${title}` });
      row.appendChild(el('td', { className: 'confluenceTd gpt-activity__actions' }, [edit, remove]));
      edit.addEventListener('click', () => {
        if (row.nextElementSibling && row.nextElementSibling.classList.contains('gpt-activity__editor')) {
          return;
        }
        const cell = el('td', { colspan: String(row.cells.length) });
        const editor = el('tr', { className: 'gpt-activity__editor' }, [cell]);
        row.insertAdjacentElement('afterend', editor);
        openForm(root, (form) => {
          cell.appendChild(form);
          new MutationObserver(() => {
            if (!form.isConnected) {
              editor.remove();
            }
          }).observe(cell, { childList: true });
        }, activity);
      });
      remove.addEventListener('click', async () => {
        if (!window.confirm(t('transfer.dissemination.delete.confirm'))) {
          return;
        }
        const result = await ui.send('DELETE',
          `${ui.restBaseOf(root)}/dissemination/${activity.id}?version=${encodeURIComponent(activity.version)}`);
        const outcome = ui.outcomeOf(result, t('transfer.dissemination.failed'), t('transfer.dissemination.stale'));
        const fresh = await refresh(root);
        say(fresh, outcome.kind === 'ok' ? t('transfer.dissemination.deleted') : outcome.message,
          outcome.kind === 'ok' ? 'ok' : 'error');
      });
    });
  }

  function start(root) {
    if (!statusOf.has(root) || !statusOf.get(root)) {
      statusOf.set(root, ui.createStatus(root, 'gpt-dissemination__status'));
    }
    if (claim(root)) {
      enhanceEditing(root);
    }
    enhanceList(root);
  }

  ui.onReady(() => {
    document.querySelectorAll('.gpt-dissemination').forEach(start);
  });
}());
