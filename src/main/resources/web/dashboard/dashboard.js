/*
 * Good Practice Transfer: the practice dashboard's filters, sorting and paging (web resource dashboard-resources).
 * The server renders the first page completely; this script shows the filter form, turns sortable column headers
 * into buttons, shows the pager, fetches further pages from GET {rest}/dashboard/practices without reloading, and
 * keeps the view in the address (gpt-country, gpt-theme, gpt-status, gpt-label, gpt-sort, gpt-dir, gpt-start), so a filtered
 * view can be shared; opening such an address restores it. Texts come from data-i18n; user data only through
 * textContent and attributes.
 */
(function () {
  'use strict';

  const ui = window.GoodPracticeTransfer.ui;
  const STATE_KEYS = ['country', 'theme', 'status', 'label', 'sort', 'dir', 'start'];
  const FILTER_KEYS = ['country', 'theme', 'status', 'label'];
  const BANDS = ['READY', 'ADAPTATION', 'GROUNDWORK', 'NOT_NOW', 'INCOMPLETE'];
  const started = new WeakSet();

  function format(pattern, ...values) {
    return pattern.replace(/\{(\d+)\}/g, (match, index) => ui.asText(values[Number(index)]));
  }

  function bandSlug(band) {
    return band ? band.toLowerCase().replace(/_/g, '-') : 'incomplete';
  }

  function stateFromAddress(state) {
    const query = new URLSearchParams(window.location.search);
    const restored = { ...state };
    let changed = false;
    STATE_KEYS.forEach((key) => {
      if (query.has(`gpt-${key}`)) {
        restored[key] = query.get(`gpt-${key}`);
        changed = true;
      }
    });
    return { restored, changed };
  }

  function keepInAddress(state) {
    const url = new URL(window.location.href);
    STATE_KEYS.forEach((key) => {
      const value = ui.asText(state[key]);
      const isDefault = value === '' || (key === 'start' && value === '0')
        || (key === 'dir' && value === 'asc') || (key === 'sort' && value === 'title');
      if (isDefault) {
        url.searchParams.delete(`gpt-${key}`);
      } else {
        url.searchParams.set(`gpt-${key}`, value);
      }
    });
    window.history.replaceState(window.history.state, '', url.toString());
  }

  function start(section) {
    if (started.has(section)) {
      return;
    }
    started.add(section);
    const t = ui.textsOf(section);
    const rest = ui.restBaseOf(section);
    const columns = ui.asText(section.getAttribute('data-columns')).split(',').filter(Boolean);
    let state;
    try {
      state = JSON.parse(section.getAttribute('data-filter') || '{}');
    } catch (e) {
      state = {};
    }
    const fromAddress = stateFromAddress(state);
    state = fromAddress.restored;

    const form = section.querySelector('.gpt-dashboard__filters');
    const table = section.querySelector('.gpt-dashboard__table');
    const range = section.querySelector('.gpt-dashboard__range');
    const previous = section.querySelector('[data-gpt-action="previous"]');
    const next = section.querySelector('[data-gpt-action="next"]');
    const status = ui.createStatus(range, 'gpt-dashboard__status');
    let total = Number.MAX_SAFE_INTEGER;

    function syncForm() {
      FILTER_KEYS.forEach((name) => {
        const select = form.elements.namedItem(name);
        if (select) {
          select.value = ui.asText(state[name]);
        }
      });
    }

    function syncHeaders() {
      table.querySelectorAll('th[data-sort]').forEach((th) => {
        const sorted = th.getAttribute('data-sort') === state.sort;
        th.setAttribute('aria-sort', sorted ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
      });
    }

    function badge(cell, url, withCountry) {
      const score = cell.score === null ? '\u2013' : Number(cell.score).toFixed(1);
      const sentence = format(t('transfer.dashboard.readiness.cell'), cell.countryName, cell.bandLabel, score);
      const label = ui.el('span', {
        className: `gpt-band gpt-band--${bandSlug(cell.band)}`, title: sentence,
        text: `${withCountry ? `${cell.country} ` : ''}${score} ${cell.bandLabel}`
      });
      return url ? ui.el('a', { href: `${url}#gpt-assessment-${cell.country}`, 'aria-label': sentence }, [label]) : label;
    }

    function cellOf(row, column) {
      switch (column) {
        case 'institution': return document.createTextNode(ui.asText(row.institution));
        case 'country': return document.createTextNode(ui.asText(row.countryName));
        case 'theme': return document.createTextNode(ui.asText(row.themeLabel));
        case 'status':
          return ui.el('span', { className: `gpt-lozenge gpt-lozenge--${row.status.toLowerCase().replace(/_/g, '-')}`,
            text: row.statusLabel });
        case 'readiness':
          if (row.readiness.length === 0) {
            return ui.el('span', { className: 'gpt-dashboard__none', text: t('transfer.dashboard.readiness.none') });
          }
          return ui.el('ul', { className: 'gpt-dashboard__readiness' },
            row.readiness.map((cell) => ui.el('li', {}, [badge(cell, row.url, true)])));
        case 'updated':
          return ui.el('time', { datetime: row.updatedAt, text: ui.asText(row.updatedAt).slice(0, 10) });
        default: return null;
      }
    }

    function renderRows(rows) {
      const body = table.querySelector('tbody');
      body.replaceChildren(...rows.map((row) => {
        const title = row.url ? ui.el('a', { href: row.url, text: row.title }) : document.createTextNode(row.title);
        const tr = ui.el('tr', { 'data-page-id': row.pageId }, [
          ui.el('th', { className: 'confluenceTh', scope: 'row' }, [title])]);
        columns.forEach((column) => tr.appendChild(ui.el('td', { className: 'confluenceTd' }, [cellOf(row, column)])));
        return tr;
      }));
    }

    function renderCounts(counts) {
      const total = section.querySelector('.gpt-dashboard__total strong');
      total.textContent = format(t('transfer.dashboard.summary.total'), counts.practices);
      const setCount = (list, key, value) => {
        const dd = section.querySelector(`dl[data-count="${list}"] dd[data-key="${key}"] .gpt-dashboard__count`);
        if (dd) {
          dd.textContent = String(value);
        }
      };
      Object.keys(counts.byStatus).forEach((key) => setCount('status', key, counts.byStatus[key]));
      BANDS.forEach((key) => setCount('band', key, counts.byBand[key] || 0));
      const countries = section.querySelector('dl[data-count="country"]');
      countries.querySelectorAll('dd').forEach((dd) => dd.remove());
      Object.keys(counts.byCountry).forEach((code) => {
        countries.appendChild(ui.el('dd', { 'data-key': code, style: 'margin:0;' }, [
          document.createTextNode(`${counts.countryNames[code] || code}: `),
          ui.el('span', { className: 'gpt-dashboard__count', text: String(counts.byCountry[code]) })]));
      });
    }

    function renderPager(data) {
      total = data.total;
      range.textContent = data.total === 0 ? t('transfer.dashboard.empty')
        : format(t('transfer.dashboard.pager.range'), data.start + 1, Math.min(data.start + data.limit, data.total),
          data.total);
      previous.disabled = data.start <= 0;
      next.disabled = data.start + data.limit >= data.total;
    }

    // the export links carry the filter shown, so a download holds every row of this view, not only its page
    function syncExports() {
      const query = new URLSearchParams();
      ['spaces', 'country', 'theme', 'status', 'label', 'sort', 'dir'].forEach((key) => {
        const value = ui.asText(state[key]);
        if (value !== '') {
          query.set(key, value);
        }
      });
      section.querySelectorAll('.gpt-dashboard__export a[data-format]').forEach((link) => {
        const table = link.closest('[data-export]').getAttribute('data-export');
        link.href = `${rest}/exports/${table}.${link.getAttribute('data-format')}?${query.toString()}`;
      });
    }

    async function load() {
      const query = new URLSearchParams();
      ['spaces', 'country', 'theme', 'status', 'label', 'sort', 'dir', 'start', 'limit'].forEach((key) => {
        const value = ui.asText(state[key]);
        if (value !== '') {
          query.set(key, value);
        }
      });
      ui.markBusy(section, true);
      ui.announce(status, t('transfer.dashboard.js.loading'), 'busy');
      const result = await ui.send('GET', `${rest}/dashboard/practices?${query.toString()}`);
      ui.markBusy(section, false);
      if (result.status === 400 && result.data && result.data.errors) {
        // a label the server refuses: say which, in the server's words
        const problems = Object.values(result.data.errors).map(ui.asText).join(' ');
        ui.announce(status, problems || t('transfer.dashboard.js.error'), 'error');
        return;
      }
      if (result.status !== 200 || !result.data) {
        ui.announce(status, t('transfer.dashboard.js.error'), 'error');
        return;
      }
      renderRows(result.data.results);
      renderCounts(result.data.counts);
      renderPager(result.data);
      syncHeaders();
      syncExports();
      keepInAddress(state);
      ui.announce(status, '', 'ok');
    }

    form.hidden = false;
    syncForm();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      FILTER_KEYS.forEach((name) => {
        state[name] = form.elements.namedItem(name).value;
      });
      state.start = 0;
      load();
    });
    // Reset means "no filter", not back to the macro's parameters that the server marked selected
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      FILTER_KEYS.forEach((name) => {
        state[name] = '';
      });
      state.start = 0;
      syncForm();
      load();
    });

    table.querySelectorAll('th[data-sort]').forEach((th) => {
      const button = ui.el('button', { type: 'button', className: 'gpt-dashboard__sort', 'data-sort': th.getAttribute('data-sort') });
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', () => {
        const key = th.getAttribute('data-sort');
        state.dir = state.sort === key && state.dir !== 'desc' ? 'desc' : 'asc';
        state.sort = key;
        state.start = 0;
        load();
      });
    });

    const limit = () => Number(state.limit) || 25;
    previous.hidden = false;
    next.hidden = false;
    previous.addEventListener('click', () => {
      state.start = Math.max(0, Number(state.start || 0) - limit());
      load();
    });
    next.addEventListener('click', () => {
      if (Number(state.start || 0) + limit() < total) {
        state.start = Number(state.start || 0) + limit();
        load();
      }
    });

    if (fromAddress.changed) {
      load();
    }
  }

  ui.onReady(() => {
    document.querySelectorAll('section.gpt-dashboard[data-rest-base]').forEach(start);
  });
}());
