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
    practices: 'transfer.engagement.field.practice-choices',
    actionSteps: 'transfer.engagement.field.step-choices'
  };
  /** The engagement fields picked from a list: their checked boxes are the value. */
  const PICKED = ['stakeholders', 'practices', 'actionSteps'];

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

  function ids(values) {
    return (values || []).map((value) => String(ui.isObject(value) ? value.id : value));
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

  /* ---------- a filterable checkbox list, for the links of an engagement ---------- */

  /**
   * An accessible multi-select without a library: a filter box over groups of native checkboxes (Tab and Space work
   * as everywhere). Items come as groups {heading, items: [{value, label}]}; chosen values that no group offers stay
   * as checked boxes named "no longer available", so saving never drops a link silently. The boxes are the field's
   * controls (see choiceField), the filter box first so an error leads to it.
   */
  class Checklist {
    constructor(t, name, label, chosen) {
      this.t = t;
      this.chosen = new Set(chosen);
      this.filter = el('input', { type: 'search', className: 'gpt-input gpt-picker__filter', autocomplete: 'off',
        'aria-label': `${t('transfer.stakeholder.js.filter-choices')}: ${label}` });
      this.list = el('div', { className: 'gpt-stakeholder-map__choices gpt-picker__list' });
      this.count = el('p', { className: 'gpt-picker__count', 'aria-live': 'polite' });
      this.element = el('div', { className: `gpt-picker gpt-picker--${ui.slug(name.replace(/([A-Z])/g, '_$1'))}`,
        'data-picker': name }, [this.filter, this.list, this.count]);
      this.element.boxes = [this.filter];
      this.element.filter = this.filter;
      this.name = name;
      this.onSearch = null;
      this.filter.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault(); // Enter in the filter box must not send the form
        }
      });
      this.filter.addEventListener('input', () => {
        this.apply();
        if (this.onSearch) {
          this.onSearch(this.filter.value.trim());
        }
      });
      this.say(t('transfer.stakeholder.js.loading'));
    }

    say(message) {
      this.list.replaceChildren(el('p', { className: 'gpt-picker__message', text: message }));
    }

    /** Shows the groups; values already shown keep their box and state. */
    show(groups) {
      const known = new Set(this.boxes().map((box) => box.value));
      if (!known.size) {
        this.list.replaceChildren();
      }
      const fresh = groups.map((group) => Object.assign({}, group,
        { items: group.items.filter((item) => !known.has(String(item.value))) }))
        .filter((group) => group.items.length);
      fresh.forEach((group) => this.addGroup(group.heading, group.items));
      const offered = new Set(this.boxes().map((box) => box.value));
      const missing = Array.from(this.chosen).filter((value) => !offered.has(value));
      if (missing.length) {
        this.addGroup('', missing.map((value) => ({ value, label: fill(this.t('transfer.stakeholder.js.unavailable'), [value]) })));
      }
      if (!this.boxes().length) {
        this.say(this.t('transfer.stakeholder.js.no-choices'));
      }
      this.apply();
    }

    addGroup(heading, items) {
      const options = items.map((item) => {
        const value = String(item.value);
        const box = el('input', { type: 'checkbox', value, name: this.name });
        box.checked = this.chosen.has(value);
        box.addEventListener('change', () => {
          if (box.checked) {
            this.chosen.add(value);
          } else {
            this.chosen.delete(value);
          }
          this.tally();
        });
        this.element.boxes.push(box);
        return el('label', { className: 'gpt-stakeholder-map__choice gpt-picker__choice' },
          [box, el('span', { text: ` ${asText(item.label)}` })]);
      });
      if (!heading) {
        options.forEach((option) => this.list.appendChild(option));
        return;
      }
      const headingNode = el('p', { className: 'gpt-picker__heading', text: heading, id: `${this.filter.id || this.name}-${this.list.children.length}` });
      this.list.appendChild(el('div', { className: 'gpt-picker__group', role: 'group', 'aria-label': heading },
        [headingNode].concat(options)));
    }

    boxes() {
      return this.element.boxes.filter((box) => box.type === 'checkbox');
    }

    /** Hides what does not match the filter; chosen items always stay in sight. */
    apply() {
      const query = this.filter.value.trim().toLocaleLowerCase();
      let visible = 0;
      this.list.querySelectorAll('.gpt-picker__choice').forEach((choice) => {
        const box = choice.querySelector('input');
        const group = choice.closest('.gpt-picker__group');
        const text = `${choice.textContent} ${group ? group.getAttribute('aria-label') : ''}`.toLocaleLowerCase();
        choice.hidden = Boolean(query) && !box.checked && !text.includes(query);
        visible += choice.hidden ? 0 : 1;
      });
      this.list.querySelectorAll('.gpt-picker__group').forEach((group) => {
        group.hidden = !group.querySelector('.gpt-picker__choice:not([hidden])');
      });
      this.tally(visible === 0 && this.boxes().length > 0);
    }

    tally(nothingMatches) {
      const chosen = fill(this.t('transfer.stakeholder.js.chosen'), [this.boxes().filter((box) => box.checked).length]);
      this.count.textContent = nothingMatches ? `${this.t('transfer.stakeholder.js.no-match')} ${chosen}` : chosen;
    }

    values() {
      return this.boxes().filter((box) => box.checked).map((box) => box.value);
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
        row.firstElementChild.appendChild(this.deleteButton(data.organisation, `/stakeholders/${data.id}`, data.version));
      });
      this.root.querySelectorAll('tr.gpt-engagement').forEach((row) => {
        const data = dataOf(row, 'data-engagement');
        const edit = this.editButton(data.topic);
        edit.addEventListener('click', () => this.openEngagement(data.id, data, edit));
        const topic = row.querySelector('.gpt-engagement__topic');
        topic.appendChild(edit);
        topic.appendChild(this.deleteButton(data.topic, `/engagements/${data.id}`, data.version));
      });
    }

    editButton(name) {
      return el('button', { type: 'button', className: 'gpt-button gpt-stakeholder-map__edit', 'data-gpt-action': 'edit',
        'aria-label': `${this.t('transfer.stakeholder.js.edit')}: ${asText(name)}`, text: this.t('transfer.stakeholder.js.edit') });
    }

    /** Delete asks first, in the page: a question with a confirming and a keeping button, right after the table. */
    deleteButton(name, path, version) {
      const button = el('button', { type: 'button', className: 'gpt-button gpt-stakeholder-map__edit', 'data-gpt-action': 'delete',
        'aria-label': `${this.t('transfer.stakeholder.js.delete')}: ${asText(name)}`, text: this.t('transfer.stakeholder.js.delete') });
      button.addEventListener('click', () => this.confirmDelete(name, `${path}?version=${encodeURIComponent(asText(version))}`, button));
      return button;
    }

    confirmDelete(name, path, opener) {
      const t = this.t;
      this.closeForm();
      const question = el('p', { className: 'gpt-stakeholder-map__question', id: this.ids('question'),
        text: fill(t('transfer.stakeholder.js.confirm-delete'), [name]) });
      const message = el('p', { className: 'gpt-stakeholder-map__confirm-message', role: 'alert', hidden: true });
      const yes = el('button', { type: 'button', className: 'gpt-button gpt-button--primary', 'data-gpt-action': 'confirm-delete',
        text: t('transfer.stakeholder.js.confirm') });
      const keep = el('button', { type: 'button', className: 'gpt-button', 'data-gpt-action': 'keep',
        text: t('transfer.stakeholder.js.keep') });
      const box = el('div', { className: 'gpt-stakeholder-map__confirm', role: 'group', 'aria-labelledby': question.id },
        [question, el('div', { className: 'gpt-form__actions' }, [yes, keep]), message]);
      (opener.closest('table') || opener).insertAdjacentElement('afterend', box);
      this.confirmBox = box;
      const close = () => {
        this.closeForm();
        ui.focusElement(opener.isConnected ? opener : this.root);
      };
      keep.addEventListener('click', close);
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          close();
        }
      });
      yes.addEventListener('click', async () => {
        yes.disabled = true;
        ui.announce(this.status, t('transfer.stakeholder.js.deleting'), 'busy');
        const outcome = ui.outcomeOf(await send('DELETE', this.restBase + path), t('transfer.stakeholder.js.failed'),
          t('transfer.stakeholder.js.conflict'));
        if (outcome.kind === 'ok') {
          this.confirmBox = null;
          await this.refresh();
          ui.announce(this.status, t('transfer.stakeholder.js.deleted'), 'ok');
          return;
        }
        // a stakeholder still named by engagements: the server says to retire it instead; trying again won't help
        yes.disabled = outcome.kind === 'conflict';
        message.textContent = outcome.message || t('transfer.stakeholder.js.failed');
        message.hidden = false;
        ui.announce(this.status, message.textContent, 'error');
        ui.focusElement(keep);
      });
      ui.focusElement(yes);
    }

    closeForm() {
      if (this.form) {
        this.form.element.remove();
        this.form = null;
      }
      if (this.confirmBox) {
        this.confirmBox.remove();
        this.confirmBox = null;
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
      if (group.filter) {
        group.filter.id = `${id}-filter`;
      }
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
        if (PICKED.includes(name)) {
          values[name] = field.controls.filter((box) => box.type === 'checkbox' && box.checked).map((box) => box.value);
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
      PICKED.forEach((name) => {
        values[name] = ids(values[name]);
      });
      const pickers = {};
      const controls = (name, value) => {
        if (PICKED.includes(name)) {
          pickers[name] = new Checklist(t, name, t(FIELD_KEYS[name]), value);
          return pickers[name].element;
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
        return ui.textInput(asText(value));
      };
      const state = this.buildForm(ENGAGEMENT_FIELDS, values, controls, {}, opener);
      state.element.addEventListener('submit', (event) => {
        event.preventDefault();
        this.saveEngagement(id, values, state);
      });
      this.offerStakeholders(pickers.stakeholders);
      this.offerPractices(pickers.practices);
      this.offerSteps(pickers.actionSteps);
    }

    /** The register's stakeholders; retired ones only where the engagement already names them. */
    offerStakeholders(picker) {
      const items = Array.from(this.root.querySelectorAll('tr.gpt-stakeholder'))
        .map((row) => dataOf(row, 'data-stakeholder'))
        .filter((s) => !s.retired || picker.chosen.has(String(s.id)))
        .map((s) => ({ value: s.id, label: s.organisation }));
      picker.show([{ heading: '', items }]);
    }

    /** The space's practices by title from the practice registry, which leaves out what the user may not view. */
    async offerPractices(picker) {
      const base = `${this.restBase}/practices?space=${encodeURIComponent(this.spaceKey)}&limit=200`;
      const asItems = (data) => (Array.isArray(data.results) ? data.results : [])
        .map((practice) => ({ value: practice.pageId, label: practice.title }));
      const first = await send('GET', base);
      if (first.status !== 200 || !ui.isObject(first.data)) {
        picker.say(this.t('transfer.stakeholder.js.load-failed'));
        return;
      }
      picker.show([{ heading: '', items: asItems(first.data) }]);
      if (first.data.total > first.data.size) {
        // more practices than one list holds: the filter box also asks the registry's text search
        let timer = 0;
        picker.onSearch = (query) => {
          window.clearTimeout(timer);
          timer = window.setTimeout(async () => {
            const found = query ? await send('GET', `${base}&text=${encodeURIComponent(query)}`) : null;
            if (found && found.status === 200 && ui.isObject(found.data)) {
              picker.show([{ heading: '', items: asItems(found.data) }]);
            }
          }, 300);
        };
      }
    }

    /** The space's action steps grouped by institution, each with its status in words. */
    async offerSteps(picker) {
      const reply = await send('GET', `${this.restBase}/engagements/step-choices?spaceKey=${encodeURIComponent(this.spaceKey)}`);
      if (reply.status !== 200 || !ui.isObject(reply.data) || !Array.isArray(reply.data.plans)) {
        picker.say(this.t('transfer.stakeholder.js.load-failed'));
        return;
      }
      picker.show(reply.data.plans.map((plan) => ({
        heading: plan.country ? `${asText(plan.institution)} (${asText(plan.country)})` : asText(plan.institution),
        items: (plan.steps || []).map((step) => ({ value: step.id, label: `${asText(step.title)} \u2014 ${asText(step.statusLabel)}` }))
      })));
    }

    async saveEngagement(id, base, state) {
      const mine = this.valuesOf(state);
      const body = {
        spaceKey: this.spaceKey, date: mine.date, stakeholders: mine.stakeholders, format: mine.format,
        topic: mine.topic, outcome: mine.outcome, followUp: mine.followUp, practices: mine.practices,
        actionSteps: mine.actionSteps, version: base.version
      };
      const baseLists = Object.assign({}, base, { practices: ids(base.practices), actionSteps: ids(base.actionSteps) });
      await this.save(state, id ? 'PUT' : 'POST', id ? `/engagements/${id}` : '/engagements', body, (current) => {
        const theirs = {
          date: current.date, stakeholders: (current.stakeholders || []).map(String), format: current.format,
          topic: current.topic, outcome: asText(current.outcome), followUp: asText(current.followUp),
          practices: ids(current.practices), actionSteps: ids(current.actionSteps)
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
