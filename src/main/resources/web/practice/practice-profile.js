/*
 * Good Practice Transfer: editing for the practice-profile macro.
 *
 * The macro renders a complete, readable card on the server; this script only adds editing for the users the server
 * marked with data-editable="true": a form for the profile, and buttons for the next steps of the review that the
 * server listed. It needs nothing Confluence alone provides (no AJS, jQuery, WRM or Soy), so it runs the same in
 * Confluence and in a standalone test host; what it shares with the app's other page scripts (DOM building,
 * requests, the status line, form fields) is GoodPracticeTransfer.ui from web/common/transfer-common.js. Every text
 * comes from the element's data-i18n JSON, the server's own rendering of the card or the labels the REST API sends.
 * User data reaches the page only through textContent and attributes; no markup is ever inserted. After a saved
 * change the page reloads, as the card is rendered only there.
 */
(function () {
  'use strict';

  const INNOVATION_TYPES = ['PEDAGOGICAL', 'DIGITAL', 'ORGANISATIONAL', 'PARTNERSHIP', 'SOCIAL', 'GREEN', 'OTHER'];
  const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'];
  /** The limits of PracticeRules, so the browser stops where the server would. */
  const SHORT_TEXT = 255;
  const SUMMARY_LENGTH = 1000;
  const ENGLISH_SUMMARY_LENGTH = 2000;
  /** The profile as PUT /practices/{pageId} takes it, in the order of the form. */
  const PROFILE_FIELDS = ['summary', 'institution', 'country', 'region', 'theme', 'targetGroups', 'eqfLevels',
    'sector', 'innovationType', 'startDate', 'endDate', 'ongoing', 'language', 'englishSummary'];
  const TEXT_FIELDS = PROFILE_FIELDS.filter((name) => !['targetGroups', 'eqfLevels', 'ongoing'].includes(name));
  /** The label of each field the server may name in its answers. */
  const FIELD_LABELS = {
    summary: 'transfer.practice.field.summary',
    institution: 'transfer.practice.field.institution',
    country: 'transfer.practice.field.country',
    region: 'transfer.practice.field.region',
    theme: 'transfer.practice.field.theme',
    targetGroups: 'transfer.practice.field.target-groups',
    eqfLevels: 'transfer.practice.field.eqf-levels',
    sector: 'transfer.practice.field.sector',
    innovationType: 'transfer.practice.field.innovation-type',
    startDate: 'transfer.practice.field.start-date',
    endDate: 'transfer.practice.field.end-date',
    ongoing: 'transfer.practice.js.ongoing',
    language: 'transfer.practice.field.language',
    englishSummary: 'transfer.practice.field.english-summary',
    comment: 'transfer.practice.js.comment'
  };
  const KEY = {
    edit: 'transfer.practice.js.edit',
    save: 'transfer.practice.js.save',
    cancel: 'transfer.practice.js.cancel',
    saving: 'transfer.practice.js.saving',
    saved: 'transfer.practice.js.saved',
    conflict: 'transfer.practice.js.conflict',
    failed: 'transfer.practice.js.failed',
    invalid: 'transfer.practice.js.invalid',
    comment: 'transfer.practice.js.comment',
    commentHint: 'transfer.practice.js.comment-hint',
    none: 'transfer.practice.js.none',
    countryHint: 'transfer.actionplan.js.country-hint'
  };
  /** What to say and where to put focus once the page has reloaded after a change; kept for a minute at most. */
  const AFTER_RELOAD = 'gpt-practice-profile:after-reload:';
  const AFTER_RELOAD_MAX_AGE = 60000;

  const ui = window.GoodPracticeTransfer && window.GoodPracticeTransfer.ui;
  if (!ui) {
    throw new Error('Good Practice Transfer: transfer-common.js (web resource common-resources) must load first');
  }
  const {
    asText, has, isObject, slug, el, textsOf, restBaseOf, focusElement, focusStatic, announce, send, describe,
    makeField, textInput, textArea, selectOf
  } = ui;
  const uniqueId = ui.idMaker('gpt-pp');
  const claim = ui.claimer();

  /** The first direct child of parent that matches selector; null when there is none. */
  function childOf(parent, selector) {
    return Array.from(parent.children).find((child) => child.matches(selector)) || null;
  }

  /**
   * The polite live region right after the card for "Saving…", "Saved." and errors. It is created once, when the
   * page loads, so screen readers notice what is written into it later.
   */
  function createStatus(after) {
    return ui.createStatus(after, 'gpt-practice-profile__live');
  }

  /* ---------- across a reload ---------- */

  function rememberForReload(pageId, note) {
    try {
      window.sessionStorage.setItem(AFTER_RELOAD + pageId, JSON.stringify(Object.assign({ at: Date.now() }, note)));
    } catch (e) {
      // no session storage (private mode, a policy): the reload only loses the message
    }
  }

  /** What the page before the reload left for this card, once; null when nothing or too old. */
  function recallAfterReload(pageId) {
    let note = null;
    try {
      note = JSON.parse(window.sessionStorage.getItem(AFTER_RELOAD + pageId) || 'null');
      window.sessionStorage.removeItem(AFTER_RELOAD + pageId);
    } catch (e) {
      return null;
    }
    if (!isObject(note) || typeof note.message !== 'string' || typeof note.at !== 'number'
      || Math.abs(Date.now() - note.at) > AFTER_RELOAD_MAX_AGE) {
      return null;
    }
    return note;
  }

  function reloadPage() {
    window.location.reload();
  }

  /* ---------- talking to the server ---------- */

  /** What a response means for the user: ok, invalid (field errors), conflict, denied (a message) or failed. */
  function outcomeOf(result, t) {
    return ui.outcomeOf(result, t(KEY.failed), t(KEY.conflict));
  }

  /* ---------- the profile as values ---------- */

  /** A term or level as the API writes it ({key, label}, text or number) as its key. */
  function keyOf(entry) {
    return isObject(entry) ? asText(entry.key) : asText(entry);
  }

  /** The form's values of a practice as GET /practices/{pageId} answers it; every field present. */
  function valuesOf(practice) {
    const values = {};
    TEXT_FIELDS.forEach((name) => {
      values[name] = asText(practice[name]);
    });
    values.targetGroups = Array.isArray(practice.targetGroups) ? practice.targetGroups.map(keyOf).filter(Boolean) : [];
    values.eqfLevels = Array.isArray(practice.eqfLevels) ? practice.eqfLevels.map(keyOf).filter(Boolean) : [];
    values.ongoing = practice.ongoing === true || asText(practice.ongoing).toLowerCase() === 'true';
    return values;
  }

  /** The names the API gave the practice's own terms, for terms the space's lists no longer hold. */
  function termLabelsOf(practice) {
    const labels = { theme: {}, targetGroup: {} };
    if (practice.theme) {
      labels.theme[asText(practice.theme)] = asText(practice.themeLabel) || asText(practice.theme);
    }
    (Array.isArray(practice.targetGroups) ? practice.targetGroups : []).forEach((group) => {
      if (isObject(group) && group.key) {
        labels.targetGroup[asText(group.key)] = asText(group.label) || asText(group.key);
      }
    });
    return labels;
  }

  /** The request body: the profile in the shape the API reads it, blank texts as null, and the version edited. */
  function profileBody(values, version) {
    const body = {};
    TEXT_FIELDS.forEach((name) => {
      body[name] = values[name].trim() === '' ? null : values[name];
    });
    body.targetGroups = values.targetGroups.slice();
    body.eqfLevels = values.eqfLevels.map((level) => (/^\d+$/.test(level) ? Number(level) : level));
    body.ongoing = values.ongoing;
    body.version = version;
    return body;
  }

  function sameValue(name, a, b) {
    if (name === 'targetGroups' || name === 'eqfLevels') {
      return a.slice().sort().join('\n') === b.slice().sort().join('\n');
    }
    if (name === 'ongoing') {
      return a === b;
    }
    // a textarea gives its line breaks as \n whatever the server stored
    return asText(a).replace(/\r\n?/g, '\n') === asText(b).replace(/\r\n?/g, '\n');
  }

  /** After a conflict: the user's changes on top of what is stored now (see GoodPracticeTransfer.ui.merge). */
  function merge(base, mine, theirs) {
    return ui.merge(PROFILE_FIELDS, sameValue, base, mine, theirs);
  }

  /** The checked keys, those already chosen first in their stored order, so saving does not reshuffle the list. */
  function inStoredOrder(stored, checked) {
    return stored.filter((key) => checked.includes(key)).concat(checked.filter((key) => !stored.includes(key)));
  }

  /* ---------- form building ---------- */

  /** A labelled group of checkboxes: choices are [value, label, checked]. */
  function makeChoices(prefix, name, labelText, choices, { inline = false } = {}) {
    const id = `${prefix}-${name}`;
    const label = el('span', { className: 'gpt-field__label', id: `${id}-label`, text: labelText });
    const boxes = [];
    const list = el('div', { className: `gpt-choices${inline ? ' gpt-choices--inline' : ''}` });
    choices.forEach(([value, text, checked], index) => {
      const box = el('input', { type: 'checkbox', className: 'gpt-choice__box', id: `${id}-${index}`, name, value });
      box.checked = checked;
      boxes.push(box);
      list.appendChild(el('label', { className: 'gpt-choice', for: box.id }, [
        box, el('span', { className: 'gpt-choice__label', text })
      ]));
    });
    const body = el('div', { className: 'gpt-field__body' }, [list]);
    const field = ui.fieldShell(id, name, label, body, '', boxes);
    field.wrapper.setAttribute('role', 'group');
    field.wrapper.setAttribute('aria-labelledby', label.id);
    field.wrapper.classList.add('gpt-field--choices');
    field.checked = () => boxes.filter((box) => box.checked).map((box) => box.value);
    describe(field);
    return field;
  }

  function checkbox(checked) {
    const box = el('input', { type: 'checkbox', className: 'gpt-choice__box' });
    box.checked = checked;
    return box;
  }

  /**
   * A form's summary, error display and busy state: each field's message next to it, and in the summary every
   * message, a field's as a link to it named by the field's label; messages under other names (version, body,
   * transition, …) are listed in the summary only.
   */
  function formState(form, fields, summary, saveButton, t) {
    return new ui.FormState(form, fields, summary, saveButton, {
      invalid: t(KEY.invalid),
      labelOf: (name) => (has(FIELD_LABELS, name) ? t(FIELD_LABELS[name]) : name)
    });
  }

  /* ---------- an editable card ---------- */

  class PracticeEditor {
    constructor(root, status) {
      this.root = root;
      this.status = status;
      this.t = textsOf(root);
      this.pageId = asText(root.getAttribute('data-page-id'));
      this.restBase = restBaseOf(root);
      this.form = null;
      this.commentForm = null;
      this.busy = false;
      this.loading = false;
      /** What the server last said was missing for a submission, shown again when the profile form opens. */
      this.missing = null;
      /** The card's own words for its innovation type, {value, label}, once the type is known. */
      this.cardInnovation = null;
      this.enhance();
    }

    url(path) {
      return `${this.restBase}/practices/${encodeURIComponent(this.pageId)}${path}`;
    }

    enhance() {
      this.root.classList.add('gpt-practice-profile--editable');
      this.editButton = el('button', {
        type: 'button', className: 'gpt-button gpt-practice-profile__edit', 'data-gpt-action': 'edit',
        'aria-expanded': 'false', text: this.t(KEY.edit)
      });
      this.editButton.addEventListener('click', () => this.openEdit());
      this.toolbar = el('div', { className: 'gpt-practice-profile__toolbar' }, [this.editButton]);
      // below the facts (and the English summary), above the history and the next steps
      const before = childOf(this.root, 'h3.gpt-practice-profile__history-heading, ol.gpt-practice-profile__history, '
        + 'p.gpt-practice-profile__next-label, ul.gpt-practice-profile__next');
      this.root.insertBefore(this.toolbar, before);
      this.enhanceTransitions();
    }

    /** The server's list of next steps becomes a list of buttons with the same words. */
    enhanceTransitions() {
      const list = childOf(this.root, 'ul.gpt-practice-profile__next');
      if (!list) {
        return;
      }
      this.transitionList = list;
      list.classList.add('gpt-practice-profile__next--buttons');
      Array.from(list.children).forEach((item) => {
        const name = asText(item.getAttribute('data-transition')).trim();
        const label = asText(item.textContent).trim();
        if (!name || !label) {
          return;
        }
        const needsComment = item.getAttribute('data-needs-comment') === 'true';
        const button = el('button', {
          type: 'button', className: 'gpt-button gpt-practice-profile__transition-button',
          'data-gpt-action': 'transition', 'data-transition': name, text: label
        });
        if (needsComment) {
          button.setAttribute('aria-expanded', 'false');
        }
        button.addEventListener('click', () => {
          if (this.busy || this.loading || this.form || this.commentForm) {
            return;
          }
          if (needsComment) {
            this.openComment(name, label, button);
          } else {
            this.runTransition(name, label, null, null);
          }
        });
        item.textContent = '';
        item.appendChild(button);
      });
      // what went wrong with a step, until the next try; a sibling of the list, so the list stays a list of steps
      this.transitionMessage = el('div', { className: 'gpt-practice-profile__message', hidden: true });
      list.insertAdjacentElement('afterend', this.transitionMessage);
    }

    /** While a form is open the other controls are off, so only one change is ever in the making. */
    lockControls(locked) {
      this.root.querySelectorAll('button[data-gpt-action]').forEach((button) => {
        button.disabled = locked;
      });
    }

    /** A request is under way: the controls say so but keep focus (aria-disabled), and clicks are ignored. */
    setBusy(busy) {
      this.busy = busy;
      ui.markBusy(this.root, busy);
      [this.form, this.commentForm].forEach((state) => {
        if (state) {
          state.setBusy(busy);
        }
      });
    }

    /** Says so in the live region, keeps it for after the reload, and reloads: the card is rendered on the server. */
    reloadWith(message, kind, focus) {
      announce(this.status, message, kind);
      rememberForReload(this.pageId, { message, kind, focus });
      reloadPage();
    }

    /** After a reload this script asked for: says again what happened and puts focus where the user was. */
    resume(note) {
      // a moment's delay, so screen readers have met the live region before it speaks
      window.setTimeout(() => {
        announce(this.status, note.message, note.kind === 'error' ? 'error' : 'ok');
        if (note.focus === 'status') {
          focusStatic(childOf(this.root, '.gpt-practice-profile__status'));
        } else if (note.focus === 'edit') {
          focusElement(this.editButton);
        }
      }, 150);
    }

    showTransitionMessage(title, items) {
      const box = this.transitionMessage;
      if (!box) {
        return;
      }
      box.textContent = '';
      box.appendChild(el('p', { className: 'gpt-practice-profile__message-text', text: title }));
      if (items.length) {
        box.appendChild(el('ul', { className: 'gpt-practice-profile__message-list' },
          items.map((item) => el('li', { text: item }))));
      }
      box.hidden = false;
    }

    clearTransitionMessage() {
      if (this.transitionMessage) {
        this.transitionMessage.textContent = '';
        this.transitionMessage.hidden = true;
      }
    }

    /* --- the profile form --- */

    /** The practice as stored now and the space's vocabularies; {outcome} when either cannot be read. */
    async load() {
      const t = this.t;
      const read = outcomeOf(await send('GET', this.url('')), t);
      if (read.kind !== 'ok') {
        return { outcome: read.kind === 'denied' ? read : { kind: 'failed', message: t(KEY.failed) } };
      }
      const practice = read.data;
      if (practice.version === undefined || practice.version === null || !practice.spaceKey) {
        return { outcome: { kind: 'failed', message: t(KEY.failed) } };
      }
      const terms = outcomeOf(await send('GET',
        `${this.restBase}/vocabularies?space=${encodeURIComponent(asText(practice.spaceKey))}`), t);
      if (terms.kind !== 'ok') {
        return { outcome: terms.kind === 'denied' ? terms : { kind: 'failed', message: t(KEY.failed) } };
      }
      return { practice, vocabularies: terms.data };
    }

    /** The card shows the innovation type in words; they name the stored type only if the card shows this version. */
    learnCardInnovation(practice) {
      if (this.cardInnovation || !practice.innovationType
        || asText(practice.version) !== asText(this.root.getAttribute('data-version'))) {
        return;
      }
      const table = childOf(this.root, 'table.gpt-practice-profile__facts');
      const cell = table && table.querySelector('tr.gpt-fact--innovation-type > td');
      // a fact not given yet shows in <em>
      if (cell && !cell.querySelector('em') && cell.textContent.trim()) {
        this.cardInnovation = { value: asText(practice.innovationType), label: cell.textContent.trim() };
      }
    }

    innovationLabel(type) {
      const key = `transfer.practice.innovation.${slug(type)}`;
      if (this.t.has(key)) {
        return this.t(key);
      }
      if (this.cardInnovation && this.cardInnovation.value === type) {
        return this.cardInnovation.label;
      }
      return this.t(key);
    }

    async openEdit() {
      if (this.form || this.commentForm || this.busy || this.loading) {
        return;
      }
      this.loading = true;
      this.root.setAttribute('aria-busy', 'true');
      this.editButton.setAttribute('aria-disabled', 'true');
      const loaded = await this.load();
      this.loading = false;
      this.root.removeAttribute('aria-busy');
      this.editButton.removeAttribute('aria-disabled');
      if (loaded.outcome) {
        announce(this.status, loaded.outcome.message, 'error');
        return;
      }
      this.vocabularies = loaded.vocabularies;
      this.learnCardInnovation(loaded.practice);
      const values = valuesOf(loaded.practice);
      this.showForm(this.buildForm(loaded.practice, values, values, null));
      if (this.missing) {
        // what the last submission lacked, marked on the fields to fill in
        const first = this.form.showErrors(this.missing);
        focusElement(first || this.form.firstControl);
      }
    }

    /** Terms of one vocabulary to offer: the current ones, and a retired one only where the practice has it. */
    termChoices(kind, chosen, labels) {
      const terms = Array.isArray(this.vocabularies && this.vocabularies[kind]) ? this.vocabularies[kind] : [];
      const choices = terms.filter((term) => isObject(term) && term.key
        && (term.retired !== true || chosen.includes(asText(term.key))))
        .map((term) => [asText(term.key), asText(term.label) || asText(term.key)]);
      // a chosen key the list no longer holds at all stays, under the name the practice came with
      chosen.filter((key) => key && !choices.some(([value]) => value === key)).forEach((key) => {
        choices.push([key, labels[kind][key] || key]);
      });
      return choices;
    }

    /**
     * The form for base (the practice as stored when the form opened, as values) showing values; practice is the
     * API's answer it came from, for its version and labels.
     */
    buildForm(practice, base, values, notice) {
      const t = this.t;
      const prefix = uniqueId('profile');
      const labels = termLabelsOf(practice);
      const heading = el('h3', { className: 'gpt-form__heading', id: `${prefix}-heading`, text: t(KEY.edit) });
      const summary = el('div', { className: 'gpt-form__summary', hidden: true });
      const storedCountry = asText(practice.country).toUpperCase();
      const countryName = el('span', { className: 'gpt-field__aside', text: asText(practice.countryName) });
      const themeChoices = this.termChoices('theme', [values.theme], labels);
      const groupChoices = this.termChoices('targetGroup', values.targetGroups, labels);
      const fields = {
        summary: makeField(prefix, 'summary', t(FIELD_LABELS.summary),
          textArea(values.summary, 4, { maxlength: SUMMARY_LENGTH })),
        institution: makeField(prefix, 'institution', t(FIELD_LABELS.institution),
          textInput(values.institution, { maxlength: SHORT_TEXT, autocomplete: 'organization' })),
        country: makeField(prefix, 'country', t(FIELD_LABELS.country),
          textInput(values.country, {
            maxlength: 2, size: 3, autocomplete: 'country', autocapitalize: 'characters', spellcheck: 'false'
          }),
          { hint: t(KEY.countryHint), aside: countryName }),
        region: makeField(prefix, 'region', t(FIELD_LABELS.region),
          textInput(values.region, { maxlength: SHORT_TEXT })),
        theme: makeField(prefix, 'theme', t(FIELD_LABELS.theme),
          selectOf([['', t(KEY.none)]].concat(themeChoices), values.theme, labels.theme[values.theme])),
        targetGroups: makeChoices(prefix, 'targetGroups', t(FIELD_LABELS.targetGroups),
          groupChoices.map(([key, label]) => [key, label, values.targetGroups.includes(key)])),
        eqfLevels: makeChoices(prefix, 'eqfLevels', t(FIELD_LABELS.eqfLevels),
          EQF_LEVELS.concat(values.eqfLevels.filter((level) => !EQF_LEVELS.includes(level)))
            .map((level) => [level, level, values.eqfLevels.includes(level)]), { inline: true }),
        sector: makeField(prefix, 'sector', t(FIELD_LABELS.sector),
          textInput(values.sector, { maxlength: SHORT_TEXT })),
        innovationType: makeField(prefix, 'innovationType', t(FIELD_LABELS.innovationType),
          selectOf([['', t(KEY.none)]].concat(INNOVATION_TYPES.map((type) => [type, this.innovationLabel(type)])),
            values.innovationType)),
        startDate: makeField(prefix, 'startDate', t(FIELD_LABELS.startDate),
          textInput(values.startDate, { type: 'date' })),
        endDate: makeField(prefix, 'endDate', t(FIELD_LABELS.endDate),
          textInput(values.endDate, { type: 'date' })),
        ongoing: makeField(prefix, 'ongoing', t(FIELD_LABELS.ongoing), checkbox(values.ongoing)),
        language: makeField(prefix, 'language', t(FIELD_LABELS.language),
          textInput(values.language, {
            maxlength: 2, size: 3, autocapitalize: 'none', spellcheck: 'false'
          })),
        englishSummary: makeField(prefix, 'englishSummary', t(FIELD_LABELS.englishSummary),
          textArea(values.englishSummary, 4, { maxlength: ENGLISH_SUMMARY_LENGTH, lang: 'en' }))
      };
      fields.ongoing.wrapper.classList.add('gpt-field--check');

      // the country's name in the reader's language, while the code is the stored one
      const countryInput = fields.country.control;
      const showCountryName = () => {
        countryName.hidden = !countryName.textContent
          || countryInput.value.trim().toUpperCase() !== storedCountry;
        describe(fields.country);
      };
      countryInput.addEventListener('input', showCountryName);
      showCountryName();

      const save = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: t(KEY.save) });
      const cancel = el('button', { type: 'button', className: 'gpt-button', text: t(KEY.cancel) });
      // novalidate: the server checks and explains in the user's language
      const form = el('form', {
        className: 'gpt-form gpt-practice-form', novalidate: true, 'aria-labelledby': heading.id
      }, [heading, summary, ...PROFILE_FIELDS.map((name) => fields[name].wrapper),
        el('div', { className: 'gpt-form__actions' }, [save, cancel])]);

      const state = formState(form, fields, summary, save, t);
      state.base = base;
      state.version = practice.version;
      state.practice = practice;
      state.firstControl = fields.summary.control;
      state.read = () => ({
        summary: fields.summary.control.value,
        institution: fields.institution.control.value,
        // as the field shows it (upper case), so a message that quotes the code quotes what the user sees
        country: fields.country.control.value.trim().toUpperCase(),
        region: fields.region.control.value,
        theme: fields.theme.control.value,
        targetGroups: inStoredOrder(base.targetGroups, fields.targetGroups.checked()),
        eqfLevels: fields.eqfLevels.checked(),
        sector: fields.sector.control.value,
        innovationType: fields.innovationType.control.value,
        startDate: fields.startDate.control.value,
        endDate: fields.endDate.control.value,
        ongoing: fields.ongoing.control.checked,
        language: fields.language.control.value.trim(),
        englishSummary: fields.englishSummary.control.value
      });
      if (notice) {
        state.showMessage(notice);
      }
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.saveProfile(state);
      });
      cancel.addEventListener('click', () => {
        if (!this.busy) {
          this.closeForm(true);
        }
      });
      // Escape cancels as Cancel does; focus returns to the Edit button
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !this.busy) {
          event.preventDefault();
          this.closeForm(true);
        }
      });
      state.container = el('div', { className: 'gpt-practice-profile__editor', id: `${prefix}-editor` }, [form]);
      return state;
    }

    showForm(state) {
      this.form = state;
      this.toolbar.insertAdjacentElement('afterend', state.container);
      this.editButton.setAttribute('aria-expanded', 'true');
      this.editButton.setAttribute('aria-controls', state.container.id);
      // the form has its own Cancel; the button comes back, with focus, when the form closes
      this.toolbar.hidden = true;
      this.lockControls(true);
      focusElement(state.firstControl);
    }

    closeForm(restoreFocus) {
      const state = this.form;
      if (!state) {
        return;
      }
      this.form = null;
      state.container.remove();
      this.toolbar.hidden = false;
      this.editButton.setAttribute('aria-expanded', 'false');
      this.editButton.removeAttribute('aria-controls');
      this.lockControls(false);
      if (restoreFocus) {
        focusElement(this.editButton);
      }
    }

    async saveProfile(state) {
      if (this.busy) {
        return;
      }
      const t = this.t;
      const values = state.read();
      this.setBusy(true);
      announce(this.status, t(KEY.saving), 'busy');
      const outcome = outcomeOf(await send('PUT', this.url(''), profileBody(values, state.version)), t);
      if (outcome.kind === 'ok') {
        this.missing = null;
        this.reloadWith(t(KEY.saved), 'ok', 'edit');
        return;
      }
      if (outcome.kind === 'conflict') {
        await this.reopenAfterConflict(state, values, outcome.current);
        return;
      }
      this.setBusy(false);
      if (outcome.kind === 'invalid') {
        const first = state.showErrors(outcome.errors);
        announce(this.status, t(KEY.invalid), 'error');
        if (first) {
          focusElement(first);
        } else {
          focusStatic(state.summary);
        }
      } else {
        state.showMessage(outcome.message);
        announce(this.status, outcome.message, 'error');
      }
    }

    /** Their version wins: the form shows it, with the user's own changes on top of it, for a deliberate save. */
    async reopenAfterConflict(state, mine, current) {
      const t = this.t;
      let theirs = current;
      if (!theirs || theirs.version === undefined || theirs.version === null) {
        const loaded = await this.load();
        if (loaded.outcome) {
          this.setBusy(false);
          state.showMessage(t(KEY.failed));
          announce(this.status, t(KEY.failed), 'error');
          return;
        }
        theirs = loaded.practice;
      }
      this.setBusy(false);
      const stored = valuesOf(theirs);
      const fresh = this.buildForm(theirs, stored, merge(state.base, mine, stored), t(KEY.conflict));
      this.closeForm(false);
      this.showForm(fresh);
      announce(this.status, t(KEY.conflict), 'error');
    }

    /* --- the next steps --- */

    openComment(name, label, button) {
      const t = this.t;
      const prefix = uniqueId('comment');
      const summary = el('div', { className: 'gpt-form__summary', hidden: true });
      const fields = {
        comment: makeField(prefix, 'comment', t(KEY.comment), textArea('', 3), {
          required: true, hint: t(KEY.commentHint)
        })
      };
      const heading = el('h4', { className: 'gpt-form__heading', id: `${prefix}-heading`, text: label });
      const submit = el('button', { type: 'submit', className: 'gpt-button gpt-button--primary', text: label });
      const cancel = el('button', { type: 'button', className: 'gpt-button', text: t(KEY.cancel) });
      const form = el('form', {
        className: 'gpt-form gpt-practice-comment-form', novalidate: true, 'aria-labelledby': heading.id
      }, [heading, summary, fields.comment.wrapper, el('div', { className: 'gpt-form__actions' }, [submit, cancel])]);
      const state = formState(form, fields, summary, submit, t);
      state.button = button;
      state.firstControl = fields.comment.control;
      state.container = el('div', { className: 'gpt-practice-profile__comment', id: `${prefix}-form` }, [form]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.runTransition(name, label, fields.comment.control.value, state);
      });
      cancel.addEventListener('click', () => {
        if (!this.busy) {
          this.closeComment(true);
        }
      });
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !this.busy) {
          event.preventDefault();
          this.closeComment(true);
        }
      });
      this.clearTransitionMessage();
      (this.transitionMessage || this.transitionList).insertAdjacentElement('afterend', state.container);
      this.commentForm = state;
      button.setAttribute('aria-expanded', 'true');
      button.setAttribute('aria-controls', state.container.id);
      this.lockControls(true);
      focusElement(state.firstControl);
    }

    closeComment(restoreFocus) {
      const state = this.commentForm;
      if (!state) {
        return;
      }
      this.commentForm = null;
      state.container.remove();
      state.button.setAttribute('aria-expanded', 'false');
      state.button.removeAttribute('aria-controls');
      this.lockControls(false);
      if (restoreFocus) {
        focusElement(state.button);
      }
    }

    /** POSTs the step; comment is null for a step without one, state the comment form when there is one. */
    async runTransition(name, label, comment, state) {
      if (this.busy) {
        return;
      }
      const t = this.t;
      const body = { transition: name };
      if (comment !== null) {
        body.comment = comment;
      }
      this.clearTransitionMessage();
      this.setBusy(true);
      announce(this.status, t(KEY.saving), 'busy');
      const outcome = outcomeOf(await send('POST', this.url('/transitions'), body), t);
      if (outcome.kind === 'ok') {
        this.reloadWith(t(KEY.saved), 'ok', 'status');
        return;
      }
      if (outcome.kind === 'conflict' || outcome.kind === 'denied') {
        // the page offered a step that the practice's status or the user's role no longer allows (someone else was
        // quicker, or a right was taken away): the reloaded card shows the status and steps as they are now, and
        // the message stays in the status line below it
        this.reloadWith(outcome.kind === 'conflict' ? t(KEY.conflict) : outcome.message, 'error', 'status');
        return;
      }
      this.setBusy(false);
      if (outcome.kind === 'invalid') {
        this.showTransitionErrors(outcome, state);
      } else if (state) {
        state.showMessage(outcome.message);
        announce(this.status, outcome.message, 'error');
      } else {
        this.showTransitionMessage(outcome.message, []);
        announce(this.status, outcome.message, 'error');
      }
    }

    /**
     * A refused step: a missing comment goes to the comment field; what the profile lacks for a submission is listed
     * under the steps, each message named by its field's label, and marked in the profile form when it opens.
     */
    showTransitionErrors(outcome, state) {
      const t = this.t;
      const errors = outcome.errors;
      if (state && Object.keys(errors).every((name) => has(state.fields, name))) {
        const first = state.showErrors(errors);
        announce(this.status, t(KEY.invalid), 'error');
        focusElement(first || state.firstControl);
        return;
      }
      const profileErrors = {};
      const items = Object.keys(errors).map((name) => {
        const message = asText(errors[name]);
        if (PROFILE_FIELDS.includes(name)) {
          profileErrors[name] = message;
        }
        return has(FIELD_LABELS, name) ? `${t(FIELD_LABELS[name])}: ${message}` : message;
      });
      this.missing = Object.keys(profileErrors).length ? profileErrors : null;
      const title = outcome.message || t(KEY.invalid);
      if (state) {
        state.showMessage(title);
        state.summary.appendChild(el('ul', { className: 'gpt-form__summary-list' },
          items.map((item) => el('li', { text: item }))));
      } else {
        this.showTransitionMessage(title, items);
      }
      announce(this.status, [title].concat(items).join(' '), 'error');
    }
  }

  /* ---------- start ---------- */

  function enhanceCard(root) {
    if (!claim(root)) {
      return null;
    }
    const editor = new PracticeEditor(root, createStatus(root));
    const note = recallAfterReload(editor.pageId);
    if (note) {
      editor.resume(note);
    }
    return editor;
  }

  function start() {
    document.querySelectorAll('section.gpt-practice-profile').forEach(enhanceCard);
  }

  ui.onReady(start);
}());
