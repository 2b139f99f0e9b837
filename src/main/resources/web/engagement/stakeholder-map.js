/*
 * Good Practice Transfer: the stakeholder-map macro in the browser. For every reader it filters the register by
 * type, level and country and pages it; for the space's editors (the server marks the map data-editable="true") it
 * adds and edits stakeholders and engagements in place through the REST API, then swaps in the server's fresh HTML.
 * Without this script the server's HTML shows everything. Texts come from the map's data-i18n, the REST base from
 * data-rest-base; user data reaches the page only through textContent and attributes.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer.ui;
  const { el, send, textsOf, restBaseOf, asText } = ui;
  const PAGE_SIZE = 20;
  const TYPES = ['COMPANY', 'CHAMBER', 'GUILD', 'PROFESSIONAL_ASSOCIATION', 'SOCIAL_PARTNER', 'VOCATIONAL_SCHOOL',
    'UNIVERSITY', 'RESEARCH_INSTITUTE', 'AUTHORITY', 'REGULATORY_BODY', 'OTHER'];
  const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'EU'];
  const FORMATS = ['MEETING', 'WORKSHOP', 'CONSULTATION', 'EVENT', 'CORRESPONDENCE'];
  const STAKEHOLDER_FIELDS = ['organisation', 'type', 'level', 'country', 'contactName', 'contactRole',
    'contactEmail', 'consentBy', 'consentDate', 'consentPurpose', 'retired'];
  const ENGAGEMENT_FIELDS = ['date', 'stakeholders', 'format', 'topic', 'outcome', 'followUp', 'practices',
    'actionSteps'];
  const FIELD_KEYS = {
    organisation: 'transfer.stakeholder.field.organisation',
    type: 'transfer.stakeholder.field.type',
    level: 'transfer.stakeholder.field.level',
    country: 'transfer.stakeholder.field.country',
    contactName: 'transfer.stakeholder.field.contact-name',
    contactRole: 'transfer.stakeholder.field.contact-role',
    contactEmail: 'transfer.stakeholder.field.contact-email',
    consentBy: 'transfer.stakeholder.field.consent-by',
    consentDate: 'transfer.stakeholder.field.consent-date',
    consentPurpose: 'transfer.stakeholder.field.consent-purpose',
    retired: 'transfer.stakeholder.field.retired',
    date: 'transfer.engagement.field.date',
    stakeholders: 'transfer.engagement.field.stakeholders',
    format: 'transfer.engagement.field.format',
    topic: 'transfer.engagement.field.topic',
    outcome: 'transfer.engagement.field.outcome',
    followUp: 'transfer.engagement.field.follow-up',
    practices: 'transfer.engagement.field.practices',
    actionSteps: 'transfer.engagement.field.action-steps'
  };

  /** COMPANY becomes transfer.stakeholder.type.company, as the server's keys. */
  function typeKey(type) {
    return 'transfer.stakeholder.type.' + ui.slug(type);
  }

  function levelKey(level) {
    return 'transfer.stakeholder.level.' + ui.slug(level);
  }

  function formatKey(format) {
    return 'transfer.engagement.format.' + ui.slug(format);
  }

  function dataOf(node, attribute) {
    try {
      const parsed = JSON.parse(node.getAttribute(attribute) || '{}');
      return ui.isObject(parsed) ? parsed : {};
    } catch (e) {
      return {};
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, (match, index) => asText(values[Number(index)]));
  }

  function idList(text) {
    return asText(text).split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  }

  function sameValue(name, a, b) {
    return JSON.stringify(a === undefined ? '' : a) === JSON.stringify(b === undefined ? '' : b);
  }

  /* ---------- the register's filters and pages, for every reader ---------- */

  class RegisterFilter {
    constructor(root, t) {
      this.root = root;
      this.t = t;
      this.page = 0;
      this.table = root.querySelector('.gpt-stakeholder-list');
      if (!this.table) {
        return;
      }
      this.rows = Array.from(this.table.querySelectorAll('tr.gpt-stakeholder'));
      this.selects = {
        type: this.select('type', TYPES.map((type) => [type, t(typeKey(type))]), 'transfer.stakeholder.field.type'),
        level: this.select('level', LEVELS.map((level) => [level, t(levelKey(level))]),
          'transfer.stakeholder.field.level'),
        country: this.select('country', this.countries(), 'transfer.stakeholder.field.country')
      };
      const bar = el('div', { className: 'gpt-stakeholder-filter', role: 'group', 'aria-label': t('transfer.stakeholder.js.filter') },
        Object.values(this.selects).map((entry) => entry.label));
      this.table.insertAdjacentElement('beforebegin', bar);
      this.previous = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.stakeholder.js.previous') });
      this.next = el('button', { type: 'button', className: 'gpt-button', text: t('transfer.stakeholder.js.next') });
      this.position = el('span', { className: 'gpt-stakeholder-pager__position', 'aria-live': 'polite' });
      this.previous.addEventListener('click', () => this.turn(-1));
      this.next.addEventListener('click', () => this.turn(1));
      this.table.insertAdjacentElement('afterend',
        el('div', { className: 'gpt-stakeholder-pager' }, [this.previous, this.position, this.next]));
      this.apply();
    }

    countries() {
      const names = new Map();
      this.rows.forEach((row) => {
        const code = row.getAttribute('data-country');
        const cell = row.children[3];
        names.set(code, cell ? cell.textContent.trim() : code);
      });
      return Array.from(names.entries()).sort((a, b) => a[1].localeCompare(b[1]));
    }

    select(name, choices, labelKey) {
      const control = el('select', { className: 'gpt-input gpt-input--select', name: `filter-${name}` },
        [el('option', { value: '', text: this.t('transfer.stakeholder.js.filter-all') })]);
      choices.forEach(([value, text]) => control.appendChild(el('option', { value, text })));
      control.addEventListener('change', () => {
        this.page = 0;
        this.apply();
      });
      const label = el('label', { className: 'gpt-stakeholder-filter__field', text: `${this.t(labelKey)} ` }, [control]);
      return { control, label };
    }

    matching() {
      return this.rows.filter((row) => Object.keys(this.selects).every((name) => {
        const wanted = this.selects[name].control.value;
        return !wanted || row.getAttribute(`data-${name}`) === wanted;
      }));
    }

    turn(step) {
      this.page += step;
      this.apply();
    }

    apply() {
      const matching = this.matching();
      const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
      this.page = Math.min(Math.max(this.page, 0), pages - 1);
      const first = this.page * PAGE_SIZE;
      const shown = new Set(matching.slice(first, first + PAGE_SIZE));
      this.rows.forEach((row) => {
        row.hidden = !shown.has(row);
      });
      this.position.textContent = fill(this.t('transfer.stakeholder.js.shown'),
        [matching.length ? first + 1 : 0, first + shown.size, matching.length]);
      this.previous.disabled = this.page === 0;
      this.next.disabled = this.page >= pages - 1;
    }
  }

  /* ---------- editing, for the space's editors ---------- */

  class MapEditor {
    constructor(root, status) {
      this.root = root;
      this.status = status;
      this.t = textsOf(root);
      this.restBase = restBaseOf(root);
      this.spaceKey = root.getAttribute('data-space-key');
      this.form = null;
      this.ids = ui.idMaker('gpt-stakeholder');
      this.enhance();
    }

    enhance() {
      const t = this.t;
      const headings = this.root.querySelectorAll('.gpt-stakeholder-map__heading');
      const addStakeholder = el('button', { type: 'button', className: 'gpt-button gpt-button--primary',
        'data-gpt-action': 'add-stakeholder', text: t('transfer.stakeholder.js.add-stakeholder') });
      addStakeholder.addEventListener('click', () => this.openStakeholder(null, {}, addStakeholder));
      const addEngagement = el('button', { type: 'button', className: 'gpt-button gpt-button--primary',
        'data-gpt-action': 'add-engagement', text: t('transfer.stakeholder.js.add-engagement') });
      addEngagement.addEventListener('click', () => this.openEngagement(null, { date: new Date().toISOString().slice(0, 10) },
        addEngagement));
      headings[1].insertAdjacentElement('afterend', el('p', { className: 'gpt-stakeholder-map__actions' }, [addStakeholder]));
      headings[headings.length - 1].insertAdjacentElement('afterend',
        el('p', { className: 'gpt-stakeholder-map__actions' }, [addEngagement]));
      this.root.querySelectorAll('tr.gpt-stakeholder').forEach((row) => {
        const data = dataOf(row, 'data-stakeholder');
        const edit = this.editButton(data.organisation);
        edit.addEventListener('click', () => this.openStakeholder(data.id, data, edit));
        row.firstElementChild.appendChild(edit);
      });
      this.root.querySelectorAll('tr.gpt-engagement').forEach((row) => {
        const data = dataOf(row, 'data-engagement');
        const edit = this.editButton(data.topic);
        edit.addEventListener('click', () => this.openEngagement(data.id, data, edit));
        row.querySelector('.gpt-engagement__topic').appendChild(edit);
      });
    }

    editButton(name) {
      return el('button', { type: 'button', className: 'gpt-button gpt-stakeholder-map__edit', 'data-gpt-action': 'edit',
        'aria-label': `${this.t('transfer.stakeholder.js.edit')}: ${asText(name)}`, text: this.t('transfer.stakeholder.js.edit') });
    }

    closeForm() {
      if (this.form) {
        this.form.element.remove();
        this.form = null;
      }
    }

    /** A form with one field per name; controls(name) gives the control, options(name) the field's options. */
    buildForm(names, values, controls, hints, opener) {
      // a form never goes inside a table: it opens right after the table or the paragraph of its button
      const after = opener.closest('table') || opener.closest('p') || opener;
      this.closeForm();
      const prefix = this.ids('form');
      const element = el('form', { className: 'gpt-form gpt-stakeholder-map__form', novalidate: true });
      const summary = el('div', { className: 'gpt-form__summary', role: 'alert', hidden: true });
      element.appendChild(summary);
      const fields = {};
      names.forEach((name) => {
        const control = controls(name, values[name]);
        const field = control.boxes ? this.choiceField(prefix, name, control)
          : ui.makeField(prefix, name, this.t(FIELD_KEYS[name]), control, { hint: hints[name] || '' });
        fields[name] = field;
        element.appendChild(field.wrapper);
      });
      const save = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: this.t('transfer.stakeholder.js.save') });
      const cancel = el('button', { type: 'button', className: 'gpt-button', text: this.t('transfer.stakeholder.js.cancel') });
      element.appendChild(el('div', { className: 'gpt-form__actions' }, [save, cancel]));
      after.insertAdjacentElement('afterend', element);
      const state = new ui.FormState(element, fields, summary, save, {
        invalid: this.t('transfer.stakeholder.js.invalid'), labelOf: (name) => this.t(FIELD_KEYS[name])
      });
      cancel.addEventListener('click', () => {
        this.closeForm();
        ui.focusElement(opener.isConnected ? opener : after);
      });
      this.form = state;
      ui.focusElement(fields[names[0]].control);
      return state;
    }

    /** A group of checkboxes as a fieldset named by its legend; the boxes are the field's controls. */
    choiceField(prefix, name, group) {
      const id = `${prefix}-${name}`;
      group.id = id;
      const legend = el('legend', { className: 'gpt-field__label', text: this.t(FIELD_KEYS[name]) });
      const body = el('div', { className: 'gpt-field__body' }, [group]);
      const field = ui.fieldShell(id, name, legend, body, '', group.boxes);
      const fieldset = el('fieldset', { className: field.wrapper.className });
      fieldset.appendChild(legend);
      fieldset.appendChild(body);
      field.wrapper = fieldset;
      ui.describe(field);
      return field;
    }

    valuesOf(state) {
      const values = {};
      Object.keys(state.fields).forEach((name) => {
        const field = state.fields[name];
        if (name === 'stakeholders') {
          values[name] = field.controls.filter((box) => box.checked).map((box) => box.value);
        } else if (field.control.type === 'checkbox') {
          values[name] = field.control.checked;
        } else {
          values[name] = field.control.value;
        }
      });
      return values;
    }

    openStakeholder(id, data, opener) {
      const t = this.t;
      const values = Object.assign({ type: '', level: '', retired: false }, data);
      const controls = (name, value) => {
        if (name === 'type') {
          return ui.selectOf([['', '']].concat(TYPES.map((type) => [type, t(typeKey(type))])), asText(value));
        }
        if (name === 'level') {
          return ui.selectOf([['', '']].concat(LEVELS.map((level) => [level, t(levelKey(level))])), asText(value));
        }
        if (name === 'retired') {
          const box = el('input', { type: 'checkbox', className: 'gpt-input gpt-input--checkbox' });
          box.checked = Boolean(value);
          return box;
        }
        if (name === 'consentDate') {
          return ui.textInput(asText(value), { type: 'date' });
        }
        return ui.textInput(asText(value), name === 'contactEmail' ? { type: 'email' } : {});
      };
      const names = id ? STAKEHOLDER_FIELDS : STAKEHOLDER_FIELDS.filter((name) => name !== 'retired');
      const state = this.buildForm(names, values, controls,
        { contactName: t('transfer.stakeholder.js.contact-hint') }, opener);
      state.element.addEventListener('submit', (event) => {
        event.preventDefault();
        this.saveStakeholder(id, values, state);
      });
    }

    async saveStakeholder(id, base, state) {
      const mine = this.valuesOf(state);
      const hasContact = ['contactName', 'contactRole', 'contactEmail', 'consentBy', 'consentDate', 'consentPurpose']
        .some((name) => asText(mine[name]).trim());
      const body = {
        spaceKey: this.spaceKey, organisation: mine.organisation, type: mine.type, level: mine.level,
        country: mine.country, version: base.version,
        contact: hasContact ? {
          name: mine.contactName, role: mine.contactRole, email: mine.contactEmail,
          consent: { givenBy: mine.consentBy, date: mine.consentDate, purpose: mine.consentPurpose }
        } : null
      };
      if (id) {
        body.retired = Boolean(mine.retired);
      }
      await this.save(state, id ? 'PUT' : 'POST', id ? `/stakeholders/${id}` : '/stakeholders', body, (current) => {
        const contact = ui.isObject(current.contact) ? current.contact : {};
        const consent = ui.isObject(contact.consent) ? contact.consent : {};
        const theirs = {
          organisation: current.organisation, type: current.type, level: current.level, country: current.country,
          contactName: asText(contact.name), contactRole: asText(contact.role), contactEmail: asText(contact.email),
          consentBy: asText(consent.givenBy), consentDate: asText(consent.date), consentPurpose: asText(consent.purpose),
          retired: Boolean(current.retired)
        };
        const merged = ui.merge(STAKEHOLDER_FIELDS, sameValue, base, mine, theirs);
        merged.id = id;
        merged.version = current.version;
        return merged;
      }, (merged, opener) => this.openStakeholder(id, merged, opener));
    }

    openEngagement(id, data, opener) {
      const t = this.t;
      const values = Object.assign({ stakeholders: [], practices: [], actionSteps: [], format: '' }, data);
      values.stakeholders = (values.stakeholders || []).map(String);
      const chosen = new Set(values.stakeholders);
      const offered = Array.from(this.root.querySelectorAll('tr.gpt-stakeholder'))
        .map((row) => dataOf(row, 'data-stakeholder'))
        .filter((s) => !s.retired || chosen.has(String(s.id)));
      const boxes = [];
      const controls = (name, value) => {
        if (name === 'stakeholders') {
          const group = el('div', { className: 'gpt-stakeholder-map__choices' });
          offered.forEach((s) => {
            const box = el('input', { type: 'checkbox', value: String(s.id), name: 'stakeholders' });
            box.checked = chosen.has(String(s.id));
            boxes.push(box);
            group.appendChild(el('label', { className: 'gpt-stakeholder-map__choice' }, [box,
              el('span', { text: ` ${asText(s.organisation)}` })]));
          });
          // the checkboxes are the field's controls, so its error points at all of them
          group.boxes = boxes;
          return group;
        }
        if (name === 'format') {
          return ui.selectOf([['', '']].concat(FORMATS.map((format) => [format, t(formatKey(format))])), asText(value));
        }
        if (name === 'date') {
          return ui.textInput(asText(value), { type: 'date' });
        }
        if (name === 'outcome' || name === 'followUp') {
          return ui.textArea(asText(value), 3);
        }
        if (name === 'practices' || name === 'actionSteps') {
          return ui.textInput((value || []).join(', '));
        }
        return ui.textInput(asText(value));
      };
      const hint = t('transfer.stakeholder.js.ids-hint');
      const state = this.buildForm(ENGAGEMENT_FIELDS, values, controls, { practices: hint, actionSteps: hint },
        opener);
      state.element.addEventListener('submit', (event) => {
        event.preventDefault();
        this.saveEngagement(id, values, state);
      });
    }

    async saveEngagement(id, base, state) {
      const mine = this.valuesOf(state);
      mine.practices = idList(mine.practices);
      mine.actionSteps = idList(mine.actionSteps);
      const body = {
        spaceKey: this.spaceKey, date: mine.date, stakeholders: mine.stakeholders, format: mine.format,
        topic: mine.topic, outcome: mine.outcome, followUp: mine.followUp, practices: mine.practices,
        actionSteps: mine.actionSteps, version: base.version
      };
      const baseLists = Object.assign({}, base, {
        practices: (base.practices || []).map(String), actionSteps: (base.actionSteps || []).map(String)
      });
      await this.save(state, id ? 'PUT' : 'POST', id ? `/engagements/${id}` : '/engagements', body, (current) => {
        const theirs = {
          date: current.date, stakeholders: (current.stakeholders || []).map(String), format: current.format,
          topic: current.topic, outcome: asText(current.outcome), followUp: asText(current.followUp),
          practices: (current.practices || []).map((page) => String(page.id)),
          actionSteps: (current.actionSteps || []).map(String)
        };
        const merged = ui.merge(ENGAGEMENT_FIELDS, sameValue, baseLists, mine, theirs);
        merged.id = id;
        merged.version = current.version;
        return merged;
      }, (merged, opener) => this.openEngagement(id, merged, opener));
    }

    /** Sends the form; on success swaps in the fresh map, on a conflict reopens the form with the merged values. */
    async save(state, method, path, body, mergeWith, reopen) {
      const t = this.t;
      state.setBusy(true);
      ui.announce(this.status, t('transfer.stakeholder.js.saving'), 'busy');
      const outcome = ui.outcomeOf(await send(method, this.restBase + path, body), t('transfer.stakeholder.js.failed'),
        t('transfer.stakeholder.js.conflict'));
      state.setBusy(false);
      if (outcome.kind === 'ok') {
        this.form = null;
        await this.refresh();
        ui.announce(this.status, t('transfer.stakeholder.js.saved'), 'ok');
        return;
      }
      if (outcome.kind === 'invalid') {
        ui.announce(this.status, t('transfer.stakeholder.js.invalid'), 'error');
        ui.focusElement(state.showErrors(outcome.errors));
        return;
      }
      if (outcome.kind === 'conflict' && outcome.current) {
        const opener = state.element.previousElementSibling || this.root;
        reopen(mergeWith(outcome.current), opener);
        this.form.showMessage(outcome.message);
        ui.announce(this.status, outcome.message, 'error');
        return;
      }
      state.showMessage(outcome.message);
      ui.announce(this.status, outcome.message, 'error');
    }

    async refresh() {
      let html = '';
      try {
        const response = await fetch(`${this.restBase}/stakeholders/view?spaceKey=${encodeURIComponent(this.spaceKey)}`,
          { credentials: 'same-origin', headers: { Accept: 'text/html' } });
        html = response.ok ? await response.text() : '';
      } catch (e) {
        html = '';
      }
      if (!html) {
        window.location.reload();
        return;
      }
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const fresh = holder.querySelector('.gpt-stakeholder-map');
      if (!fresh) {
        window.location.reload();
        return;
      }
      this.root.replaceWith(fresh);
      start(fresh, this.status);
    }
  }

  const claim = ui.claimer();
  const filtered = new WeakSet();

  function start(root, status) {
    if (!filtered.has(root)) {
      filtered.add(root);
      new RegisterFilter(root, textsOf(root));
    }
    if (claim(root)) {
      new MapEditor(root, status || ui.createStatus(root, 'gpt-stakeholder-map__status'));
    }
  }

  ui.onReady(() => {
    document.querySelectorAll('.gpt-stakeholder-map').forEach((root) => start(root));
  });
}());
