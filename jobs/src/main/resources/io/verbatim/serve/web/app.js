// Verbatim: the managers' page. Vanilla JS, no build step, no third-party code.
//
// Safety rule: every piece of data is inserted with textContent (through el() below). The only
// markup taken from the server is a hit's `highlighted` field (HTML-escaped text with <mark>
// around matches); even that is parsed in an inert document and rebuilt from text nodes and
// <mark> elements only, so nothing from a comment can ever become live HTML.
'use strict';

(function () {
  const view = document.getElementById('view');
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const MAX_HITS_PAGED = 10000;
  const FACET_ORDER = ['theme', 'sentiment', 'suggestion', 'owner', 'channel'];
  const FACET_SHOWN = 8;
  let seq = 0; // each view render increments it; answers for an older render are dropped

  // A token given as ?token= has already been swapped for a cookie by the server: drop it from
  // the address bar so it does not end up in bookmarks, history or screenshots.
  if (new URLSearchParams(location.search).has('token')) {
    history.replaceState(null, '', location.pathname + location.hash);
  }

  // ---------------------------------------------------------------- DOM helpers (text only)

  function el(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
  }

  function svg(tag, attrs, ...children) {
    return build(document.createElementNS(SVG_NS, tag), attrs, children);
  }

  function build(node, attrs, children) {
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') node.setAttribute('class', v);
        else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** The `highlighted` field as nodes: text and <mark> only, parsed where nothing runs. */
  function highlighted(html, fallback) {
    const frag = document.createDocumentFragment();
    if (typeof html !== 'string') {
      frag.append(document.createTextNode(fallback || ''));
      return frag;
    }
    const doc = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
    for (const n of doc.body.childNodes) {
      if (n.nodeType === Node.ELEMENT_NODE && n.nodeName === 'MARK') {
        frag.append(el('mark', null, n.textContent));
      } else {
        frag.append(document.createTextNode(n.textContent));
      }
    }
    return frag;
  }

  // ---------------------------------------------------------------- formatting

  const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
  const MINUS = '\u2212';

  function fmtCount(n) {
    return isNum(n) ? n.toLocaleString('en-US') : '\u2013';
  }

  function fmtPct(x) {
    if (!isNum(x)) return '\u2013';
    if (x > 0 && x < 0.005) return '<1%';
    return Math.round(x * 100) + '%';
  }

  function fmtSigned(x, digits) {
    if (!isNum(x)) return '\u2013';
    const s = Math.abs(x).toFixed(digits);
    if (Number(s) === 0) return (0).toFixed(digits);
    return (x > 0 ? '+' : MINUS) + s;
  }

  /** Trend is a difference of shares; shown in percentage points. */
  function fmtTrend(x) {
    if (!isNum(x)) return '\u2013';
    const arrow = x > 0.0005 ? ' \u2191' : x < -0.0005 ? ' \u2193' : '';
    return fmtSigned(x * 100, 1) + ' pts' + arrow;
  }

  function fmtDate(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    return d.toLocaleDateString('en-GB', {timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric'});
  }

  function fmtWeek(day) {
    const d = new Date(day + 'T00:00:00Z');
    if (Number.isNaN(d.getTime())) return String(day);
    return d.toLocaleDateString('en-GB', {timeZone: 'UTC', day: 'numeric', month: 'short'});
  }

  function titleCase(s) {
    const t = String(s).replace(/_/g, ' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  }

  function facetTitle(name) {
    return {theme: 'Theme', owner: 'Owner', sentiment: 'Sentiment', suggestion: 'Suggestion'}[name]
        || titleCase(name);
  }

  function sentimentBadge(label, score) {
    const l = String(label || 'neutral').toLowerCase();
    return el('span', {class: 'sent sent-' + (['negative', 'neutral', 'positive'].includes(l) ? l : 'neutral'),
      title: 'Sentiment score ' + fmtSigned(score, 2) + ' (from \u22121 to +1)'},
    el('span', {class: 'dot', 'aria-hidden': 'true'}), titleCase(l), isNum(score) ? ' ' + fmtSigned(score, 2) : '');
  }

  function sentimentClass(x) {
    if (!isNum(x)) return '';
    return x < -0.2 ? 'neg' : x > 0.2 ? 'pos' : '';
  }

  // ---------------------------------------------------------------- server

  class ApiFailure extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, params) {
    const qs = params ? params.toString() : '';
    let res;
    try {
      res = await fetch('api/' + path + (qs ? '?' + qs : ''),
          {headers: {Accept: 'application/json'}, credentials: 'same-origin', cache: 'no-store'});
    } catch (e) {
      throw new ApiFailure(0, 'The server cannot be reached; is verbatim serve still running?');
    }
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    if (!res.ok) {
      const msg = body && typeof body.error === 'string' ? body.error : 'The server answered with HTTP ' + res.status + '.';
      throw new ApiFailure(res.status, msg);
    }
    return body;
  }

  function errorBox(e) {
    const msg = e instanceof ApiFailure ? e.message : 'Something went wrong in this page.';
    if (!(e instanceof ApiFailure)) console.error(e);
    return el('div', {class: 'error', role: 'alert'}, msg);
  }

  function loading() {
    return el('p', {class: 'loading muted'}, 'Loading\u2026');
  }

  // ---------------------------------------------------------------- routing

  function parseHash() {
    const h = location.hash.replace(/^#\/?/, '');
    const qi = h.indexOf('?');
    const path = qi < 0 ? h : h.slice(0, qi);
    const params = new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1));
    const parts = path.split('/').filter(Boolean).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch (e) {
        return p;
      }
    });
    return {parts, params};
  }

  function href(path, params) {
    const qs = params ? params.toString() : '';
    return '#/' + path + (qs ? '?' + qs : '');
  }

  function go(path, params) {
    const target = href(path, params);
    if (location.hash === target) route();
    else location.hash = target;
  }

  function route() {
    const {parts, params} = parseHash();
    const section = parts[0] || 'search';
    for (const a of document.querySelectorAll('[data-nav]')) {
      const on = a.dataset.nav === section || (section === 'theme' && a.dataset.nav === 'themes');
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    window.scrollTo(0, 0);
    if (section === 'themes') return themesView(params);
    if (section === 'ideas') return ideasView(params);
    if (section === 'theme' && parts[1]) return themeView(parts[1]);
    return searchView(params);
  }

  window.addEventListener('hashchange', route);

  // ---------------------------------------------------------------- search

  function syntaxHelp() {
    const row = (code, what) => [el('dt', null, el('code', null, code)), el('dd', null, what)];
    return el('details', {class: 'syntax'},
        el('summary', null, 'Query syntax'),
        el('dl', null,
            row('refund delay', 'sentences with both words (a word also finds its other forms)'),
            row('"lost baggage"', 'the exact phrase'),
            row('wifi OR internet', 'either word'),
            row('baggage NOT fee', 'the first without the second (also: -fee)'),
            row('(seat OR legroom) AND price', 'group with brackets'),
            row('refund*', 'words starting with refund'),
            row('(empty)', 'every sentence: use the filters alone')));
  }

  /** The search state in the address bar, as the API wants it. */
  function apiParams(params) {
    const p = new URLSearchParams();
    for (const [k, v] of params) {
      if (k === 'q' || k === 'page' || k === 'from' || k === 'to' || k.startsWith('f.')) p.append(k, v);
    }
    return p;
  }

  function without(params, key, value) {
    const p = new URLSearchParams();
    for (const [k, v] of params) {
      if (k === 'page') continue;
      if (k === key && (value === undefined || v === value)) continue;
      p.append(k, v);
    }
    return p;
  }

  function withValue(params, key, value) {
    const p = without(params, key, value);
    p.append(key, value);
    return p;
  }

  async function searchView(params) {
    const my = ++seq;
    const input = el('input', {id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
      'aria-label': 'Search comments', placeholder: 'Search what customers wrote \u2014 e.g. "lost baggage" OR refund*'});
    input.value = params.get('q') || '';
    const form = el('form', {class: 'searchbar', role: 'search', onsubmit: (e) => {
      e.preventDefault();
      const p = without(params, 'q');
      const q = input.value.trim();
      if (q) p.set('q', q);
      go('search', p);
    }}, input, el('button', {type: 'submit', class: 'primary'}, 'Search'));
    const sidebar = el('aside', {class: 'facets', 'aria-label': 'Filters'});
    const results = el('section', {class: 'results', 'aria-label': 'Results'}, loading());
    view.replaceChildren(
        el('div', {class: 'search-head'}, form, syntaxHelp()),
        el('div', {class: 'search-layout'}, sidebar, results));
    let data;
    try {
      data = await api('search', apiParams(params));
    } catch (e) {
      if (my === seq) results.replaceChildren(errorBox(e));
      return;
    }
    if (my !== seq) return;
    const labels = facetLabels(data.facets);
    renderFacets(sidebar, data.facets, params);
    renderResults(results, data, params, labels);
  }

  function facetLabels(facets) {
    const labels = new Map();
    const walk = (name, values) => {
      for (const v of values || []) {
        labels.set(name + '\u0000' + v.value, v.label || v.value);
        walk(name, v.children);
      }
    };
    for (const f of facets || []) walk(f.name, f.values);
    return labels;
  }

  function renderFacets(sidebar, facets, params) {
    const from = el('input', {type: 'date', id: 'from', 'aria-label': 'From'});
    const to = el('input', {type: 'date', id: 'to', 'aria-label': 'To'});
    from.value = params.get('from') || '';
    to.value = params.get('to') || '';
    const apply = () => {
      let p = without(without(params, 'from'), 'to');
      if (from.value) p.set('from', from.value);
      if (to.value) p.set('to', to.value);
      go('search', p);
    };
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    // The "date" facet (last 7 / 30 / 90 days of the data, older) sits with the day inputs.
    const dateFacet = (facets || []).find((f) => f.name === 'date');
    const dateList = el('ul', {class: 'facet-values'});
    if (dateFacet) dateFacet.values.forEach((v) => addFacetValue(dateList, 'date', v, 0, params, false));
    sidebar.replaceChildren(el('div', {class: 'facet dates', 'data-facet': 'date'},
        el('h3', null, 'Date'),
        dateList.childNodes.length ? dateList : null,
        el('div', {class: 'day-range'},
            el('label', null, el('span', null, 'From'), from),
            el('label', null, el('span', null, 'To'), to))));

    const sorted = (facets || []).slice().sort((a, b) => {
      const ia = FACET_ORDER.indexOf(a.name);
      const ib = FACET_ORDER.indexOf(b.name);
      if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
      return a.name.localeCompare(b.name);
    });
    for (const f of sorted) {
      if (f.name === 'date' || !f.values || !f.values.length) continue;
      const list = el('ul', {class: 'facet-values'});
      f.values.forEach((v, i) => addFacetValue(list, f.name, v, 0, params, i >= FACET_SHOWN));
      if (!list.childNodes.length) continue;
      const box = el('div', {class: 'facet', 'data-facet': f.name}, el('h3', null, facetTitle(f.name)), list);
      if (f.values.length > FACET_SHOWN) {
        const more = el('button', {type: 'button', class: 'link more'}, 'Show all ' + f.values.length);
        more.addEventListener('click', () => {
          for (const li of list.querySelectorAll('li.extra')) li.classList.remove('extra');
          more.remove();
        });
        box.append(more);
      }
      sidebar.append(box);
    }
  }

  function addFacetValue(list, name, v, depth, params, extra) {
    const key = 'f.' + name;
    const active = params.getAll(key).includes(v.value);
    if (!active && !v.count) return; // nothing to drill down to
    const target = active ? without(params, key, v.value) : withValue(params, key, v.value);
    const label = v.label || v.value;
    const a = el('a', {href: href('search', target), class: 'facet-value' + (active ? ' active' : ''),
      'data-value': v.value, title: active ? 'Remove this filter' : 'Show only these'},
    el('span', {class: 'check', 'aria-hidden': 'true'}),
    el('span', {class: 'label'}, name === 'sentiment' || name === 'suggestion' ? titleCase(label) : label),
    el('span', {class: 'count'}, fmtCount(v.count)));
    list.append(el('li', {class: 'depth-' + Math.min(depth, 3) + (extra ? ' extra' : '')}, a));
    for (const c of v.children || []) addFacetValue(list, name, c, depth + 1, params, extra);
  }

  function renderResults(box, data, params, labels) {
    const total = data.total || 0;
    const head = el('div', {class: 'results-head'},
        el('span', {class: 'results-total'}, fmtCount(total) + (total === 1 ? ' sentence' : ' sentences')),
        el('span', {class: 'muted'}, isNum(data.tookMillis) ? ' \u00b7 ' + data.tookMillis + ' ms' : ''),
        data.partial ? el('span', {class: 'partial', title: 'The search hit its time limit; there may be more.'},
            'at least (search cut short)') : null);
    const chips = el('div', {class: 'active-filters'});
    for (const [k, v] of params) {
      let text = null;
      if (k === 'q') text = '\u201c' + v + '\u201d';
      else if (k === 'from') text = 'From ' + v;
      else if (k === 'to') text = 'To ' + v;
      else if (k.startsWith('f.')) {
        const name = k.slice(2);
        text = facetTitle(name) + ': ' + (labels.get(name + '\u0000' + v) || v);
      }
      if (text !== null) {
        chips.append(el('a', {class: 'chip removable', href: href('search', without(params, k, v)),
          title: 'Remove'}, text, el('span', {class: 'x', 'aria-hidden': 'true'}, '\u00d7')));
      }
    }
    box.replaceChildren(head);
    if (chips.childNodes.length) box.append(chips);
    if (!data.hits || !data.hits.length) {
      box.append(el('p', {class: 'empty'}, total
        ? 'No more hits on this page.'
        : 'No sentence matches. Try fewer or other words, or remove a filter.'));
      return;
    }
    box.append(el('ol', {class: 'hits'}, data.hits.map((h) => el('li', null, hitCard(h, true)))));
    const pg = pager(data, params);
    if (pg) box.append(pg);
  }

  function hitCard(h, useHighlight) {
    const quote = el('blockquote', {class: 'quote'},
        useHighlight ? highlighted(h.highlighted, h.text) : (h.text || ''));
    const meta = el('div', {class: 'meta'});
    if (h.createdAt) meta.append(el('time', {class: 'date', datetime: h.createdAt}, fmtDate(h.createdAt)));
    const md = h.metadata || {};
    if (md.channel) meta.append(el('span', {class: 'channel', title: 'Channel'}, md.channel));
    meta.append(sentimentBadge(h.sentimentLabel, h.sentimentScore));
    if (h.suggestion) {
      meta.append(el('span', {class: 'badge suggestion'}, h.action ? 'Suggests: ' + h.action : 'Suggestion'));
    }
    const extra = Object.entries(md).filter(([k, v]) => k !== 'channel' && v);
    for (const [k, v] of extra.slice(0, 4)) {
      meta.append(el('span', {class: 'meta-item'}, titleCase(k) + ': ' + v));
    }
    const themes = (h.themes || []).map((t) =>
      el('a', {class: 'chip theme', href: '#/theme/' + encodeURIComponent(t.id)}, t.label || t.id));
    return el('article', {class: 'hit', 'data-comment': h.commentId},
        quote, meta, themes.length ? el('div', {class: 'chips'}, themes) : null);
  }

  function pager(data, params) {
    const size = data.pageSize || 20;
    const pages = Math.max(1, Math.min(Math.ceil((data.total || 0) / size), Math.floor(MAX_HITS_PAGED / size)));
    if (pages <= 1) return null;
    const page = data.page || 1;
    const link = (n, text, rel) => {
      const p = without(params, 'page');
      if (n > 1) p.set('page', String(n));
      return el('a', {class: 'button', href: href('search', p), rel}, text);
    };
    return el('nav', {class: 'pager', 'aria-label': 'Pages'},
        page > 1 ? link(page - 1, '\u2190 Previous', 'prev') : el('span', {class: 'button disabled'}, '\u2190 Previous'),
        el('span', {class: 'page-of'}, 'Page ' + page + ' of ' + fmtCount(pages)),
        page < pages ? link(page + 1, 'Next \u2192', 'next') : el('span', {class: 'button disabled'}, 'Next \u2192'));
  }

  // ---------------------------------------------------------------- charts

  /** A small trend line of weekly comment counts, oldest first. */
  function sparkline(weekly, label) {
    const w = 120;
    const h = 28;
    const values = (weekly || []).filter(isNum);
    const s = svg('svg', {class: 'spark', viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img',
      'aria-label': label || 'Weekly comments'});
    if (values.length < 2) {
      s.append(svg('line', {x1: 0, y1: h - 2, x2: w, y2: h - 2, class: 'spark-base'}));
      return s;
    }
    const max = Math.max(...values, 1);
    const x = (i) => (i * (w - 4)) / (values.length - 1) + 2;
    const y = (v) => h - 3 - (v / max) * (h - 6);
    const pts = values.map((v, i) => x(i).toFixed(1) + ',' + y(v).toFixed(1));
    s.append(
        svg('title', null, (label ? label + ': ' : '') + values.join(', ') + ' comments per week, oldest first'),
        svg('polygon', {class: 'spark-area', points: x(0).toFixed(1) + ',' + (h - 2) + ' ' + pts.join(' ') + ' ' + x(values.length - 1).toFixed(1) + ',' + (h - 2)}),
        svg('polyline', {class: 'spark-line', points: pts.join(' ')}),
        svg('circle', {class: 'spark-dot', cx: x(values.length - 1).toFixed(1), cy: y(values[values.length - 1]).toFixed(1), r: 2.2}));
    return s;
  }

  /** Comments per week (bars) and mean sentiment (line, -1..1) of a theme. */
  function overTimeChart(points) {
    const W = 720;
    const H = 220;
    const L = 40;
    const R = 40;
    const T = 14;
    const B = 28;
    const pw = W - L - R;
    const ph = H - T - B;
    const s = svg('svg', {class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-label': 'Comments per week and their mean sentiment'});
    if (!points || !points.length) {
      s.append(svg('text', {x: W / 2, y: H / 2, class: 'axis', 'text-anchor': 'middle'}, 'No dated comments'));
      return s;
    }
    const max = Math.max(1, ...points.map((p) => p.comments || 0));
    const n = points.length;
    const bw = pw / n;
    const ySent = (v) => T + ((1 - v) / 2) * ph;
    s.append(
        svg('line', {x1: L, x2: W - R, y1: T + ph, y2: T + ph, class: 'axis-line'}),
        svg('line', {x1: L, x2: W - R, y1: ySent(0), y2: ySent(0), class: 'zero-line'}),
        svg('text', {x: L - 6, y: T + 8, class: 'axis', 'text-anchor': 'end'}, fmtCount(max)),
        svg('text', {x: L - 6, y: T + ph, class: 'axis', 'text-anchor': 'end'}, '0'),
        svg('text', {x: W - R + 6, y: ySent(1) + 8, class: 'axis sent-axis'}, '+1'),
        svg('text', {x: W - R + 6, y: ySent(0) + 4, class: 'axis sent-axis'}, '0'),
        svg('text', {x: W - R + 6, y: ySent(-1), class: 'axis sent-axis'}, MINUS + '1'));
    let segment = [];
    const segments = [segment];
    points.forEach((p, i) => {
      const c = p.comments || 0;
      const bh = (c / max) * ph;
      const bar = svg('rect', {x: (L + i * bw + bw * 0.15).toFixed(1), y: (T + ph - bh).toFixed(1),
        width: Math.max(1, bw * 0.7).toFixed(1), height: Math.max(0, bh).toFixed(1), class: 'bar', rx: 2},
      svg('title', null, 'Week of ' + fmtWeek(p.week) + ': ' + fmtCount(c) + ' comments, mean sentiment ' + fmtSigned(p.sentimentMean, 2)));
      s.append(bar);
      if (c > 0 && isNum(p.sentimentMean)) {
        segment.push([L + i * bw + bw / 2, ySent(Math.max(-1, Math.min(1, p.sentimentMean)))]);
      } else if (segment.length) {
        segment = [];
        segments.push(segment);
      }
    });
    for (const seg of segments) {
      if (seg.length > 1) s.append(svg('polyline', {class: 'sent-line', points: seg.map((q) => q[0].toFixed(1) + ',' + q[1].toFixed(1)).join(' ')}));
      for (const q of seg) s.append(svg('circle', {class: 'sent-dot', cx: q[0].toFixed(1), cy: q[1].toFixed(1), r: 2.5}));
    }
    const labelEvery = Math.max(1, Math.ceil(n / 8));
    points.forEach((p, i) => {
      if (i % labelEvery === 0 || i === n - 1) {
        s.append(svg('text', {x: (L + i * bw + bw / 2).toFixed(1), y: H - 8, class: 'axis', 'text-anchor': 'middle'}, fmtWeek(p.week)));
      }
    });
    return s;
  }

  function negBar(share) {
    const b = el('span', {class: 'negbar', title: fmtPct(share) + ' of its sentences are negative'}, el('span'));
    b.firstChild.style.width = (isNum(share) ? Math.max(0, Math.min(1, share)) * 100 : 0) + '%';
    return b;
  }

  // ---------------------------------------------------------------- themes overview

  const ORDERS = [['volume', 'Volume'], ['negative', 'Negative share'], ['impact', 'Score impact']];

  async function themesView(params) {
    const my = ++seq;
    const order = ORDERS.some(([k]) => k === params.get('order')) ? params.get('order') : 'volume';
    const seg = el('div', {class: 'segmented', role: 'group', 'aria-label': 'Order themes by'},
        ORDERS.map(([k, label]) => el('a', {href: href('themes', new URLSearchParams({order: k})),
          class: k === order ? 'active' : null, 'aria-current': k === order ? 'true' : null, 'data-order': k}, label)));
    const question = params.get('question') || '';
    const picker = questionPicker(question,
        (q) => go('themes', new URLSearchParams(q ? {order, question: q} : {order})));
    const box = el('div', {class: 'card table-card'}, loading());
    view.replaceChildren(el('div', {class: 'view-head'},
        el('div', null, el('h1', null, 'Themes'),
            el('p', {class: 'muted'}, 'What customers write about, with how they feel about it.')),
        el('div', {class: 'head-controls'}, picker.label, seg)), box);
    let all;
    let themes;
    try {
      [all, themes] = await Promise.all([api('themes', new URLSearchParams({order})),
        question ? api('themes', new URLSearchParams({order, question})) : Promise.resolve(null)]);
    } catch (e) {
      if (my === seq) box.replaceChildren(errorBox(e));
      return;
    }
    if (my !== seq) return;
    themes = themes || all;
    picker.fill(all.map((t) => t.summary.theme.question));
    if (!themes.length) {
      box.replaceChildren(el('p', {class: 'empty'},
          question ? 'No themes for ' + question + '.' : 'No themes in this index.'));
      return;
    }
    const labels = new Map(themes.map((t) => [t.summary.theme.id, t.summary.theme.label]));
    const th = (text, cls, title) => el('th', {class: cls, title}, text);
    const table = el('table', {class: 'themes'},
        el('thead', null, el('tr', null,
            th('Theme'), th('Owner'), th('Comments', 'num'), th('Share', 'num'),
            th('Negative', null, 'Share of its sentences that are negative'),
            th('Sentiment', 'num', 'Mean sentence sentiment, \u22121..+1'),
            th('Score impact', 'num', 'Mean score of comments with the theme minus those without'),
            th('Trend', 'num', 'Change in share between the last two trend windows'),
            th('Weekly', null, 'Comments per week'))),
        el('tbody', null, themes.map((t) => themeRow(t, labels))));
    box.replaceChildren(table);
  }

  function themeRow(t, labels) {
    const s = t.summary;
    const theme = s.theme;
    const parent = theme.parentId ? labels.get(theme.parentId) : null;
    return el('tr', {'data-theme': theme.id},
        el('td', null, el('a', {href: '#/theme/' + encodeURIComponent(theme.id), class: 'theme-link'}, theme.label),
            parent ? el('span', {class: 'muted small parent'}, ' in ' + parent) : null),
        el('td', null, el('span', {class: 'owner'}, theme.owner)),
        el('td', {class: 'num'}, fmtCount(s.comments)),
        el('td', {class: 'num'}, fmtPct(s.share)),
        el('td', null, el('span', {class: 'negcell'}, negBar(s.negativeShare), el('span', {class: 'small'}, fmtPct(s.negativeShare)))),
        el('td', {class: 'num ' + sentimentClass(s.sentimentMean)}, fmtSigned(s.sentimentMean, 2)),
        el('td', {class: 'num ' + (isNum(s.scoreImpact) && s.scoreImpact < 0 ? 'neg' : '')}, fmtSigned(s.scoreImpact, 2)),
        el('td', {class: 'num trend'}, fmtTrend(s.trend)),
        el('td', null, sparkline(t.weekly, theme.label)));
  }

  // ---------------------------------------------------------------- ideas

  async function ideasView(params) {
    const my = ++seq;
    const owner = params.get('owner') || '';
    const question = params.get('question') || '';
    // Owner and question filter together; each control keeps the other's choice.
    const filters = (o, q) => {
      const p = new URLSearchParams();
      if (o) p.set('owner', o);
      if (q) p.set('question', q);
      return p.toString() ? p : null;
    };
    const select = el('select', {id: 'owner', 'aria-label': 'Owner'}, el('option', {value: ''}, 'All owners'));
    select.addEventListener('change', () => go('ideas', filters(select.value, question)));
    const picker = questionPicker(question, (q) => go('ideas', filters(owner, q)));
    const box = el('div', {class: 'ideas'}, loading());
    view.replaceChildren(el('div', {class: 'view-head'},
        el('div', null, el('h1', null, 'Ideas'),
            el('p', {class: 'muted'}, 'Changes customers ask for, or imply, ranked by reach, negativity, effect on score and trend.'),
            el('p', {class: 'legend small muted'}, 'Score parts:',
                [['reach', 'reach'], ['negativity', 'negativity'], ['impact', 'score impact'], ['trend', 'trend']]
                    .map(([k, label]) => [el('span', {class: 'key seg-' + k}), label]))),
        el('div', {class: 'head-controls'}, picker.label,
            el('label', {class: 'inline'}, el('span', null, 'Owner'), select))), box);
    let all;
    let ideas;
    try {
      [all, ideas] = await Promise.all([api('ideas'),
        owner || question ? api('ideas', filters(owner, question)) : Promise.resolve(null)]);
    } catch (e) {
      if (my === seq) box.replaceChildren(errorBox(e));
      return;
    }
    if (my !== seq) return;
    ideas = ideas || all;
    const owners = [...new Set(all.map((i) => i.idea.owner))].sort();
    if (owner && !owners.includes(owner)) owners.push(owner);
    for (const o of owners) select.append(el('option', {value: o}, o));
    select.value = owner;
    picker.fill(all.map((i) => i.idea.question));
    if (!ideas.length) {
      const scope = [owner, question].filter(Boolean).join(' \u00b7 ');
      box.replaceChildren(el('p', {class: 'empty'}, scope ? 'No ideas for ' + scope + '.' : 'No ideas in this index.'));
      return;
    }
    box.replaceChildren(el('ol', {class: 'idea-list'}, ideas.map((i) => el('li', null, ideaCard(i, true)))));
  }

  function ideaCard(iv, withTheme) {
    const i = iv.idea;
    const c = i.components || {};
    const parts = [['reach', 'Reach', c.reach], ['negativity', 'Negativity', c.negativity],
      ['impact', 'Score impact', c.scoreImpact], ['trend', 'Trend', c.trend]];
    // The score's parts side by side on a 0..1 track (the default weights add up to 1).
    const bar = el('div', {class: 'scorebar', title: 'Score ' + (isNum(i.score) ? i.score.toFixed(2) : '\u2013')
        + ' = ' + parts.map((p) => p[1].toLowerCase() + ' ' + (isNum(p[2]) ? p[2].toFixed(2) : '\u2013')).join(' + ')});
    for (const [k, label, v] of parts) {
      const seg = el('span', {class: 'seg seg-' + k, title: label + ' ' + (isNum(v) ? v.toFixed(3) : '\u2013')});
      seg.style.width = Math.min(100, (isNum(v) ? Math.max(0, v) : 0) * 100) + '%';
      bar.append(seg);
    }
    const theme = i.themeId && withTheme
      ? el('a', {class: 'chip theme', href: '#/theme/' + encodeURIComponent(i.themeId)}, iv.themeLabel || 'Theme')
      : null;
    return el('article', {class: 'idea card', 'data-idea': i.id},
        el('div', {class: 'idea-head'},
            el('span', {class: 'rank', title: 'Rank'}, '#' + i.rank),
            el('div', {class: 'idea-title'},
                el('h3', null, i.title),
                el('div', {class: 'chips'},
                    el('span', {class: 'chip owner'}, i.owner),
                    i.question ? el('span', {class: 'chip question', title: 'Survey question'}, i.question) : null,
                    theme,
                    i.implied ? el('span', {class: 'chip implied', title: 'No one asked for it outright: recurring strongly negative comments imply it'}, 'Implied') : null)),
            el('div', {class: 'score', title: 'Ranking score'}, el('span', {class: 'small muted'}, 'score'), ' ', isNum(i.score) ? i.score.toFixed(2) : '\u2013')),
        el('dl', {class: 'stats'},
            stat('Reach', fmtCount(i.reach) + (i.reach === 1 ? ' comment' : ' comments')),
            stat('Trend', fmtTrend(i.trend)),
            stat('Score impact', fmtSigned(i.scoreImpact, 2)),
            stat('Sentiment', fmtSigned(i.sentimentMean, 2), sentimentClass(i.sentimentMean))),
        bar,
        i.examples && i.examples.length
          ? el('div', {class: 'evidence'}, el('h4', null, 'Evidence'),
              el('ul', null, i.examples.map((q) => el('li', null, el('blockquote', {class: 'quote small-quote'}, q)))))
          : null);
  }

  /**
   * A survey-question filter, shown only when the run split themes and ideas by question
   * (themes.splitByQuestion): fill() gets every item's question and hides itself when none has one.
   */
  function questionPicker(current, onPick) {
    const select = el('select', {id: 'question', 'aria-label': 'Question'}, el('option', {value: ''}, 'All questions'));
    select.addEventListener('change', () => onPick(select.value));
    const label = el('label', {class: 'inline question-picker'}, el('span', null, 'Question'), select);
    label.hidden = true;
    return {label, fill(questions) {
      const distinct = [...new Set(questions.filter(Boolean))].sort();
      if (current && !distinct.includes(current)) distinct.push(current);
      for (const q of distinct) select.append(el('option', {value: q}, q));
      select.value = current;
      label.hidden = distinct.length === 0;
    }};
  }

  function stat(label, value, cls) {
    return el('div', {class: 'stat ' + (cls || '')}, el('dt', null, label), el('dd', null, value));
  }

  // ---------------------------------------------------------------- theme page

  async function themeView(id) {
    const my = ++seq;
    view.replaceChildren(loading());
    let page;
    try {
      page = await api('themes/' + encodeURIComponent(id));
    } catch (e) {
      if (my === seq) {
        view.replaceChildren(el('p', {class: 'crumbs'}, el('a', {href: '#/themes'}, 'Themes')), errorBox(e));
      }
      return;
    }
    if (my !== seq) return;
    const s = page.theme.summary;
    const t = s.theme;
    document.title = t.label + ' \u2013 Verbatim';
    const crumbs = el('p', {class: 'crumbs'}, el('a', {href: '#/themes'}, 'Themes'),
        page.parent ? [' \u203a ', el('a', {href: '#/theme/' + encodeURIComponent(page.parent.summary.theme.id)}, page.parent.summary.theme.label)] : null,
        ' \u203a ', el('span', null, t.label));
    const searchHere = el('a', {class: 'button primary', href: href('search', new URLSearchParams([['f.theme', t.id]]))}, 'Search in this theme');
    const head = el('div', {class: 'view-head'},
        el('div', null, el('h1', {class: 'theme-title'}, t.label),
            el('div', {class: 'chips'}, el('span', {class: 'chip owner'}, 'Owner: ' + t.owner),
                t.pinned ? el('span', {class: 'chip muted-chip', title: 'From the taxonomy'}, 'Taxonomy theme') : el('span', {class: 'chip muted-chip', title: 'Found in the comments'}, 'Discovered'))),
        searchHere);
    const tiles = el('dl', {class: 'tiles'},
        tile('Comments', fmtCount(s.comments), fmtPct(s.share) + ' of all'),
        tile('Sentiment', fmtSigned(s.sentimentMean, 2), 'mean, \u22121..+1', sentimentClass(s.sentimentMean)),
        tile('Negative', fmtPct(s.negativeShare), 'of its sentences'),
        tile('Trend', fmtTrend(s.trend), 'share, recent vs before'),
        tile('Score impact', fmtSigned(s.scoreImpact, 2), 'vs comments without it', isNum(s.scoreImpact) && s.scoreImpact < 0 ? 'neg' : ''));
    const chartCard = el('section', {class: 'card'}, el('h2', null, 'Over time'),
        el('p', {class: 'legend small muted'}, el('span', {class: 'key key-bar'}), 'comments per week ',
            el('span', {class: 'key key-line'}), 'mean sentiment (right axis)'),
        overTimeChart(page.overTime));
    const left = el('div', {class: 'col-main'}, chartCard);
    const quotes = page.quotes || [];
    left.append(el('section', {class: 'card'}, el('h2', null, 'What customers wrote'),
        quotes.length ? el('ol', {class: 'hits plain'}, quotes.map((h) => el('li', null, hitCard(h, false))))
          : el('p', {class: 'empty'}, 'No quotes.')));
    const right = el('div', {class: 'col-side'});
    const children = page.children || [];
    right.append(el('section', {class: 'card'}, el('h2', null, 'Sub-themes'),
        children.length ? el('ul', {class: 'subthemes'}, children.map((c) => el('li', null,
            el('a', {href: '#/theme/' + encodeURIComponent(c.summary.theme.id)}, c.summary.theme.label),
            el('span', {class: 'count'}, fmtCount(c.summary.comments)),
            sparkline(c.weekly, c.summary.theme.label))))
          : el('p', {class: 'muted small'}, 'None.')));
    const ideas = page.ideas || [];
    right.append(el('section', {class: 'card'}, el('h2', null, 'Ideas'),
        ideas.length ? el('ol', {class: 'idea-list compact'}, ideas.map((i) => el('li', null, ideaCard(i, false))))
          : el('p', {class: 'muted small'}, 'No ideas for this theme yet.')));
    view.replaceChildren(crumbs, head, tiles, el('div', {class: 'theme-layout'}, left, right));
  }

  function tile(label, value, note, cls) {
    return el('div', {class: 'tile ' + (cls || '')}, el('dt', null, label), el('dd', null, value),
        note ? el('dd', {class: 'note'}, note) : null);
  }

  // ---------------------------------------------------------------- start

  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#/theme/')) document.title = 'Verbatim';
  });
  route();
})();
