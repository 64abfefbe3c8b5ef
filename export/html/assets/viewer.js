// kg's graph viewer: draws a neighbourhood of the knowledge graph with
// cytoscape, expands an entity on click, filters by relation and date,
// finds the path between two entities and shows the evidence of a link.
//
// It runs in two modes: "server" (kg serve: it asks the JSON API) and
// "file" (kg export --format html: the whole exported view is in a
// <script type="application/json" id="kg-data"> element). Texts of the
// graph are only ever inserted with textContent, never as markup.
(function () {
  'use strict';

  var root = document.getElementById('kg-viewer');
  if (!root || typeof cytoscape !== 'function') {
    return;
  }
  var CAP = 150; // nodes per neighbourhood request
  var LABEL = 40; // characters of a node's label
  var mode = root.dataset.mode === 'file' ? 'file' : 'server';
  var api = root.dataset.api || '/api';
  var statusEl = document.getElementById('kg-status');
  var detailEl = document.getElementById('kg-detail');
  var listEl = document.getElementById('kg-entities');
  var filterEl = document.getElementById('kg-filter');
  var depthEl = document.getElementById('kg-depth');
  var fromEl = document.getElementById('kg-from');
  var toEl = document.getElementById('kg-to');
  var pathA = null;
  var pathB = null;

  var colors = {
    person: '#cfe2ff', organization: '#d1e7dd', position: '#fff3cd',
    event: '#f8d7da', article: '#e2e3e5', place: '#e0cffc'
  };
  var shapes = {
    person: 'ellipse', organization: 'round-rectangle', position: 'rectangle',
    event: 'hexagon', article: 'tag', place: 'pentagon'
  };
  var kindNames = {
    person: 'người', organization: 'tổ chức', position: 'chức vụ',
    event: 'sự kiện', article: 'bài báo', place: 'địa điểm'
  };

  // el makes an element with text (never markup) and a class.
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function status(text) {
    statusEl.textContent = text;
  }

  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase();
  }

  function short(s) {
    var chars = Array.from(String(s));
    return chars.length > LABEL ? chars.slice(0, LABEL - 1).join('') + '…' : String(s);
  }

  // --- filters ---------------------------------------------------------

  function relations() {
    var out = [];
    document.querySelectorAll('#kg-rels input[type=checkbox]').forEach(function (box) {
      if (box.checked) {
        out.push(box.value);
      }
    });
    return out;
  }

  function filters() {
    return {
      depth: parseInt(depthEl.value, 10) || 1,
      rels: relations(),
      from: fromEl.value,
      to: toEl.value
    };
  }

  // inRange: an edge is kept when some of its statements may fall in the
  // range (dates are ISO 8601 and may be partial: "2020", "2020-05").
  function inRange(first, last, f) {
    if (f.from && last && last.slice(0, 2) !== '--' && last < f.from.slice(0, last.length)) {
      return false;
    }
    if (f.to && first && first.slice(0, 2) !== '--' && first > f.to.slice(0, first.length)) {
      return false;
    }
    return true;
  }

  // --- sources of data -------------------------------------------------

  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          throw new Error(body.error || ('HTTP ' + r.status));
        });
      }
      return r.json();
    });
  }

  function query(params) {
    var q = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (Array.isArray(v)) {
        v.forEach(function (x) { q.append(k, x); });
      } else if (v !== undefined && v !== null && v !== '') {
        q.set(k, v);
      }
    });
    return q.toString();
  }

  var serverSource = {
    neighborhood: function (id, f) {
      return getJSON(api + '/neighborhood?' + query({
        id: id, depth: f.depth, rel: f.rels.length ? f.rels : 'none', from: f.from, to: f.to, max: CAP
      }));
    },
    facts: function (edge) {
      return getJSON(api + '/facts?' + query({ s: edge.source, r: edge.relation, o: edge.target }));
    },
    path: function (a, b) {
      return getJSON(api + '/path?' + query({ from: a, to: b }));
    }
  };

  // fileSource answers from the view the page carries.
  function fileSource(data) {
    var nodes = {};
    var adjacent = {};
    data.nodes.forEach(function (n) {
      nodes[n.id] = n;
      adjacent[n.id] = [];
    });
    data.edges.forEach(function (e) {
      if (adjacent[e.source] && adjacent[e.target]) {
        adjacent[e.source].push(e);
        if (e.target !== e.source) {
          adjacent[e.target].push(e);
        }
      }
    });
    function other(e, id) {
      return e.source === id ? e.target : e.source;
    }
    function keep(e, f) {
      return f.rels.indexOf(e.relation) >= 0 && inRange(e.first, e.last, f);
    }
    // viewOf: the nodes, the edges among them, and for each node the
    // edges that leave the view.
    function viewOf(ids, f, focus) {
      var inView = {};
      ids.forEach(function (id) { inView[id] = true; });
      var view = { focus: focus, nodes: [], edges: [] };
      var seen = {};
      ids.forEach(function (id) {
        var n = Object.assign({}, nodes[id]);
        n.more = 0;
        adjacent[id].forEach(function (e) {
          if (!keep(e, f)) {
            return;
          }
          if (inView[other(e, id)]) {
            if (!seen[e.id]) {
              seen[e.id] = true;
              view.edges.push(e);
            }
          } else {
            n.more++;
          }
        });
        view.nodes.push(n);
      });
      return view;
    }
    return {
      all: data,
      initial: function (f) {
        var focus = data.focus || [];
        if (focus.length === 0 && data.nodes.length <= CAP) {
          return Promise.resolve(viewOf(data.nodes.map(function (n) { return n.id; }), f, []));
        }
        var start = focus.length ? focus[0] : data.nodes.slice().sort(function (a, b) {
          return adjacent[b.id].length - adjacent[a.id].length;
        })[0].id;
        return this.neighborhood(start, f).then(function (v) {
          v.focus = focus;
          return v;
        });
      },
      neighborhood: function (id, f) {
        if (!nodes[id]) {
          return Promise.reject(new Error('không có trong tệp'));
        }
        var dist = {};
        dist[id] = 0;
        var order = [id];
        var frontier = [id];
        var hidden = 0;
        for (var d = 1; d <= f.depth && frontier.length; d++) {
          var next = [];
          frontier.forEach(function (v) {
            adjacent[v].filter(function (e) { return keep(e, f); }).sort(function (a, b) {
              return b.articles - a.articles;
            }).forEach(function (e) {
              var o = other(e, v);
              if (dist[o] !== undefined) {
                return;
              }
              dist[o] = d;
              if (order.length < CAP) {
                order.push(o);
                next.push(o);
              } else {
                hidden++;
              }
            });
          });
          frontier = next;
        }
        var v = viewOf(order, f, [id]);
        v.hidden = hidden;
        return Promise.resolve(v);
      },
      facts: function (edge) {
        var e = data.edges.find(function (x) { return x.id === edge.id; });
        return Promise.resolve({ facts: e && e.facts ? e.facts : [], more: e ? e.more_facts || 0 : 0 });
      },
      path: function (a, b) {
        var prev = {};
        prev[a] = null;
        var frontier = [a];
        while (frontier.length && prev[b] === undefined) {
          var next = [];
          frontier.forEach(function (v) {
            adjacent[v].forEach(function (e) {
              var o = other(e, v);
              if (prev[o] !== undefined || e.relation === 'mentions' || e.relation === 'located_in') {
                return;
              }
              if (o !== b && (nodes[o].kind === 'article' || nodes[o].kind === 'place')) {
                return;
              }
              prev[o] = { from: v, edge: e };
              next.push(o);
            });
          });
          frontier = next;
        }
        if (prev[b] === undefined) {
          return Promise.reject(new Error('không có đường nối trong tệp này'));
        }
        var ids = [];
        var edges = [];
        for (var v = b; v !== null; v = prev[v] ? prev[v].from : null) {
          ids.unshift(v);
          if (prev[v]) {
            edges.push(prev[v].edge);
          }
        }
        var view = viewOf(ids, { rels: data.edges.map(function (e) { return e.relation; }), from: '', to: '' }, []);
        view.edges = edges;
        view.path = ids;
        return Promise.resolve(view);
      }
    };
  }

  var source = serverSource;
  if (mode === 'file') {
    var dataEl = document.getElementById('kg-data');
    source = fileSource(JSON.parse(dataEl.textContent));
  }

  // --- the graph -------------------------------------------------------

  var style = [
    {
      selector: 'node', style: {
        label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 140,
        'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': '#ffffff',
        'border-width': 1, 'border-color': '#6c757d', width: 22, height: 22, color: '#212529'
      }
    },
    {
      selector: 'edge', style: {
        width: 1.2, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.7, label: 'data(label)', 'font-size': 8, color: '#6c757d',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8
      }
    },
    { selector: 'edge.former', style: { 'line-style': 'dashed' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#dc3545', width: 34, height: 34, 'font-weight': 'bold', 'font-size': 12 } },
    { selector: 'node.more', style: { 'border-style': 'double', 'border-width': 3 } },
    { selector: '.onpath', style: { 'line-color': '#fd7e14', 'target-arrow-color': '#fd7e14', width: 3, 'border-color': '#fd7e14', 'border-width': 3 } },
    { selector: ':selected', style: { 'overlay-color': '#0d6efd', 'overlay-opacity': 0.2 } },
    { selector: '.filtered', style: { display: 'none' } }
  ];
  Object.keys(colors).forEach(function (k) {
    style.push({ selector: 'node[kind = "' + k + '"]', style: { 'background-color': colors[k], shape: shapes[k] } });
  });

  var cy = cytoscape({
    container: document.getElementById('kg-canvas'),
    style: style,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4
  });
  // the test hook: the number of drawn elements, for browser tests
  root.kg = { cy: cy };

  var focus = {};

  function nodeLabel(n) {
    var s = short(n.name || n.id);
    if (n.more > 0) {
      s += ' (+' + n.more + ')';
    }
    return s;
  }

  // merge adds a view to the graph; it returns the IDs of the new nodes.
  function merge(view) {
    var added = [];
    (view.focus || []).forEach(function (id) { focus[id] = true; });
    cy.batch(function () {
      view.nodes.forEach(function (n) {
        var node = cy.getElementById(n.id);
        if (node.length) {
          // a node whose links the answer read tells its count anew
          if (!n.unexplored) {
            node.data('more', n.more || 0);
            node.data('unexplored', false);
            node.data('label', nodeLabel(Object.assign({}, node.data(), { more: n.more || 0 })));
          }
          return;
        }
        added.push(n.id);
        cy.add({ group: 'nodes', data: Object.assign({}, n, { label: nodeLabel(n) }) });
      });
      view.edges.forEach(function (e) {
        if (cy.getElementById(e.id).length || !cy.getElementById(e.source).length || !cy.getElementById(e.target).length) {
          return;
        }
        cy.add({ group: 'edges', data: Object.assign({}, e, { facts: undefined }), classes: e.former ? 'former' : '' });
      });
      cy.nodes().forEach(function (node) {
        node.toggleClass('focus', !!focus[node.id()]);
        node.toggleClass('more', (node.data('more') || 0) > 0 || !!node.data('unexplored'));
      });
    });
    applyFilters();
    if (view.hidden) {
      status('Hiển thị ' + cy.nodes(':visible').length + ' thực thể; ' + view.hidden + ' thực thể khác không vẽ để đồ thị dễ đọc: bấm vào một nút để mở rộng.');
    } else {
      status('Hiển thị ' + cy.nodes(':visible').length + ' thực thể, ' + cy.edges(':visible').length + ' liên kết.');
    }
    return added;
  }

  function layout(added) {
    var fresh = added.length === cy.nodes().length;
    cy.layout({
      name: 'cose', animate: false, randomize: fresh, fit: fresh, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 9000; }, numIter: 600
    }).run();
    if (!fresh && added.length) {
      cy.fit(cy.nodes(':visible'), 30);
    }
  }

  function applyFilters() {
    var f = filters();
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var hide = f.rels.indexOf(e.data('relation')) < 0 || !inRange(e.data('first'), e.data('last'), f);
        e.toggleClass('filtered', hide);
      });
      cy.nodes().forEach(function (n) {
        var d = n.data('date');
        var hide = !focus[n.id()] && !n.hasClass('onpath') &&
          ((n.data('kind') === 'event' && d && !inRange(d, d, f)) ||
            (n.connectedEdges().length > 0 && n.connectedEdges().not('.filtered').length === 0));
        n.toggleClass('filtered', hide);
      });
    });
    renderList();
  }

  // --- the side panel ----------------------------------------------------

  function renderList() {
    var q = fold(filterEl.value.trim());
    var items = cy.nodes().not('.filtered').map(function (n) { return n.data(); });
    items.sort(function (a, b) {
      if (!!focus[a.id] !== !!focus[b.id]) {
        return focus[a.id] ? -1 : 1;
      }
      if (a.kind !== b.kind) {
        return Object.keys(kindNames).indexOf(a.kind) - Object.keys(kindNames).indexOf(b.kind);
      }
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    var frag = document.createDocumentFragment();
    items.forEach(function (d) {
      if (q && fold(d.name).indexOf(q) < 0) {
        return;
      }
      var li = el('li');
      var b = el('button', d.name, 'kg-item kind-' + d.kind);
      b.type = 'button';
      b.dataset.id = d.id;
      b.title = (kindNames[d.kind] || d.kind) + (d.date ? ' · ' + d.date : '');
      li.appendChild(b);
      frag.appendChild(li);
    });
    listEl.replaceChildren(frag);
  }

  listEl.addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-id]');
    if (!b) {
      return;
    }
    var node = cy.getElementById(b.dataset.id);
    if (node.length) {
      cy.elements().unselect();
      node.select();
      cy.animate({ center: { eles: node }, duration: 200 });
      showNode(node);
    }
  });
  filterEl.addEventListener('input', renderList);

  // --- details and evidence ---------------------------------------------

  function showNode(node) {
    var d = node.data();
    var box = document.createDocumentFragment();
    box.appendChild(el('h2', d.name));
    var meta = el('p', (kindNames[d.kind] || d.kind) + (d.detail ? ' · ' + d.detail : '') + (d.date ? ' · ' + d.date : ''), 'kg-meta');
    box.appendChild(meta);
    if (d.more > 0) {
      box.appendChild(el('p', d.more + ' liên kết chưa hiển thị.'));
    }
    var actions = el('p', null, 'kg-actions');
    if (mode === 'server') {
      var a = el('a', 'Mở trang');
      a.href = '/e?' + new URLSearchParams({ id: d.id }).toString();
      actions.appendChild(a);
    }
    [['Mở rộng', function () { expand(node); }],
      ['Làm đầu A', function () { setEnd('a', d); }],
      ['Làm đầu B', function () { setEnd('b', d); }]].forEach(function (x) {
      var b = el('button', x[0]);
      b.type = 'button';
      b.addEventListener('click', x[1]);
      actions.appendChild(b);
    });
    box.appendChild(actions);
    detailEl.replaceChildren(box);
  }

  function setEnd(which, d) {
    if (which === 'a') {
      pathA = d.id;
      document.getElementById('kg-path-a').textContent = short(d.name);
    } else {
      pathB = d.id;
      document.getElementById('kg-path-b').textContent = short(d.name);
    }
    document.getElementById('kg-path-go').disabled = !(pathA && pathB);
  }

  function nameOf(id) {
    var n = cy.getElementById(id);
    return n.length ? n.data('name') : id;
  }

  function showEdge(edge) {
    var d = edge.data();
    var box = el('div');
    box.appendChild(el('h2', d.label));
    box.appendChild(el('p', nameOf(d.source) + ' → ' + nameOf(d.target), 'kg-meta'));
    box.appendChild(el('p', d.articles + ' bài báo' + (d.first ? ' · ' + d.first + (d.last && d.last !== d.first ? ' – ' + d.last : '') : ''), 'kg-meta'));
    var list = el('ol', null, 'kg-facts');
    box.appendChild(list);
    detailEl.replaceChildren(box);
    status('Đang tải dẫn chứng…');
    source.facts(d).then(function (res) {
      (res.facts || []).forEach(function (f) { list.appendChild(factItem(f)); });
      if (res.more) {
        box.appendChild(el('p', 'và ' + res.more + ' câu khác.'));
      }
      if (!(res.facts || []).length) {
        box.appendChild(el('p', 'Không có câu dẫn chứng.'));
      }
      status('');
    }).catch(fail);
  }

  function factItem(f) {
    var li = el('li', null, 'kg-fact');
    var ev = f.evidence || {};
    var head = el('p', null, 'kg-article');
    head.appendChild(el('strong', ev.headline || ev.article || ''));
    var bits = [ev.published, ev.publisher, f.former ? 'đã thôi' : ''].filter(Boolean);
    if (bits.length) {
      head.appendChild(el('span', ' · ' + bits.join(' · ')));
    }
    li.appendChild(head);
    var q = el('blockquote', null, 'kg-sentence');
    if (ev.before) {
      q.appendChild(el('span', '…' + ev.before, 'kg-context'));
    }
    q.appendChild(el('mark', ev.sentence || '(không có câu)'));
    if (ev.after) {
      q.appendChild(el('span', ev.after + '…', 'kg-context'));
    }
    li.appendChild(q);
    if (ev.source) {
      var src = el('p', null, 'kg-source');
      if (/^https?:\/\//i.test(ev.source)) {
        var a = el('a', ev.source);
        a.href = ev.source;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        src.appendChild(a);
      } else {
        src.textContent = ev.source;
      }
      li.appendChild(src);
    }
    return li;
  }

  function fail(err) {
    status('Lỗi: ' + (err && err.message ? err.message : String(err)));
  }

  // --- actions ------------------------------------------------------------

  function expand(node) {
    status('Đang mở rộng…');
    var f = filters();
    f.depth = 1;
    return source.neighborhood(node.id(), f).then(function (view) {
      view.focus = [];
      layout(merge(view));
    }).catch(fail);
  }

  function reload() {
    var ids = Object.keys(focus);
    if (!ids.length) {
      applyFilters();
      return Promise.resolve();
    }
    status('Đang tải…');
    return source.neighborhood(ids[0], filters()).then(function (view) {
      layout(merge(view));
    }).catch(fail);
  }

  cy.on('tap', 'node', function (ev) {
    showNode(ev.target);
    expand(ev.target);
  });
  cy.on('tap', 'edge', function (ev) {
    showEdge(ev.target);
  });

  document.getElementById('kg-path-go').addEventListener('click', function () {
    if (!pathA || !pathB) {
      return;
    }
    status('Đang tìm đường nối…');
    source.path(pathA, pathB).then(function (view) {
      cy.elements().removeClass('onpath');
      merge(view);
      (view.path || []).forEach(function (id) { cy.getElementById(id).addClass('onpath'); });
      view.edges.forEach(function (e) { cy.getElementById(e.id).addClass('onpath'); });
      applyFilters();
      layout([]);
      cy.fit(cy.elements('.onpath'), 40);
      status('Đường nối: ' + (view.path || []).map(nameOf).join(' → '));
    }).catch(fail);
  });
  document.getElementById('kg-fit').addEventListener('click', function () { cy.fit(cy.elements(':visible'), 30); });
  depthEl.addEventListener('change', reload);
  fromEl.addEventListener('change', reload);
  toEl.addEventListener('change', reload);
  document.getElementById('kg-rels').addEventListener('change', reload);

  // --- exports ----------------------------------------------------------

  function download(name, url) {
    var a = el('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function visibleIDs() {
    return cy.nodes(':visible').map(function (n) { return n.id(); });
  }

  function currentView() {
    return {
      focus: Object.keys(focus),
      nodes: cy.nodes(':visible').map(function (n) {
        var d = Object.assign({}, n.data());
        delete d.label;
        return d;
      }),
      edges: cy.edges(':visible').map(function (e) { return e.data(); })
    };
  }

  function serverExport(format, name) {
    status('Đang xuất…');
    fetch(api + '/export?format=' + format, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: visibleIDs(), focus: Object.keys(focus) })
    }).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (b) { throw new Error(b.error || ('HTTP ' + r.status)); });
      }
      return r.blob();
    }).then(function (blob) {
      download(name, URL.createObjectURL(blob));
      status('');
    }).catch(fail);
  }

  var bind = function (id, fn) {
    var b = document.getElementById(id);
    if (b) {
      b.addEventListener('click', fn);
    }
  };
  bind('kg-export-svg', function () { serverExport('svg', 'kg.svg'); });
  bind('kg-export-jsonld', function () { serverExport('jsonld', 'kg.jsonld'); });
  bind('kg-export-png', function () {
    download('kg.png', cy.png({ full: true, bg: '#ffffff', scale: 2 }));
  });
  bind('kg-export-json', function () {
    var blob = new Blob([JSON.stringify(currentView(), null, 2)], { type: 'application/json' });
    download('kg-view.json', URL.createObjectURL(blob));
  });

  // --- start --------------------------------------------------------------

  var start = null;
  if (mode === 'file') {
    start = source.initial(filters());
  } else if (root.dataset.focus) {
    focus[root.dataset.focus] = true;
    start = source.neighborhood(root.dataset.focus, filters());
  }
  if (start) {
    start.then(function (view) {
      layout(merge(view));
      var f = Object.keys(focus)[0];
      if (f && cy.getElementById(f).length) {
        showNode(cy.getElementById(f));
      }
      root.dataset.ready = 'true';
    }).catch(function (err) {
      fail(err);
      root.dataset.ready = 'true';
    });
  } else {
    root.dataset.ready = 'true';
  }
})();
