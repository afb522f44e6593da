/*
 * The program map: assigned beneficiaries by county on real US county shapes (us-atlas, Census Bureau
 * boundaries pre-projected to Albers USA, vendored in resources/map; topojson-client turns them into
 * GeoJSON). The counts come keyed by FIPS county (the server's SSA-FIPS crosswalk); counties of 1 to 10
 * beneficiaries arrive without their number (CMS's small-cell rule) and are drawn hatched as "1–10";
 * the others are shaded in five classes of equal size. Codes the crosswalk does not know are named.
 */
(function () {
  var SVG = 'http://www.w3.org/2000/svg';
  var COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

  function path(geometry) {
    var rings = geometry.type === 'Polygon' ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    var d = '';
    rings.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        ring.forEach(function (p, i) { d += (i === 0 ? 'M' : 'L') + p[0].toFixed(1) + ',' + p[1].toFixed(1); });
        d += 'Z';
      });
    });
    return d;
  }

  function line(geometry) {
    var lines = geometry.type === 'MultiLineString' ? geometry.coordinates : [geometry.coordinates];
    return lines.map(function (l) {
      return l.map(function (p, i) { return (i === 0 ? 'M' : 'L') + p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join('');
    }).join('');
  }

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  window.sspCountyMap = function (box) {
    var base = box.getAttribute('data-base');
    Promise.all([
      fetch(base + '/resources/map/counties-albers-10m.json').then(function (r) { return r.json(); }),
      fetch(base + '/api/assignment/county-map', {headers: {Accept: 'application/json'}}).then(function (r) { return r.json(); })
    ]).then(function (loaded) {
      var us = loaded[0], data = loaded[1], counts = data.byCounty || {};
      var suppressed = {};
      (data.suppressedCounties || []).forEach(function (f) { suppressed[f] = true; });
      var values = Object.keys(counts).map(function (k) { return counts[k]; }).sort(function (a, b) { return a - b; });
      var breaks = [0.2, 0.4, 0.6, 0.8].map(function (q) { return values.length ? values[Math.floor(q * (values.length - 1))] : 0; });
      function color(n) {
        if (!n) { return '#f7f7f7'; }
        var c = 0;
        while (c < breaks.length && n > breaks[c]) { c++; }
        return COLORS[c];
      }
      var svg = el('svg', {viewBox: '0 0 975 610', role: 'img', 'aria-labelledby': 'county-map-title'});
      var defs = el('defs', {});
      var hatch = el('pattern', {id: 'ssp-suppressed', width: '3', height: '3', patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)'});
      hatch.appendChild(el('rect', {width: '3', height: '3', fill: '#eff3ff'}));
      hatch.appendChild(el('line', {x1: '0', y1: '0', x2: '0', y2: '3', stroke: '#6baed6', 'stroke-width': '1.2'}));
      defs.appendChild(hatch);
      svg.appendChild(defs);
      var drawn = {};
      var title = el('title', {id: 'county-map-title'});
      title.textContent = 'Assigned beneficiaries by county' + (data.performanceYear ? ', PY' + data.performanceYear : '');
      svg.appendChild(title);
      var g = el('g', {});
      topojson.feature(us, us.objects.counties).features.forEach(function (f) {
        var n = counts[f.id];
        var small = suppressed[f.id] === true;
        drawn[f.id] = true;
        var p = el('path', {d: path(f.geometry), fill: small ? 'url(#ssp-suppressed)' : color(n), stroke: '#ffffff',
          'stroke-width': '0.2', 'data-fips': f.id});
        if (small) { p.setAttribute('data-suppressed', 'true'); }
        var t = el('title', {});
        t.textContent = (f.properties && f.properties.name ? f.properties.name : f.id) + ': '
            + (n ? n.toLocaleString('en-US') + ' assigned beneficiaries'
              : small ? '1\u201310 assigned beneficiaries (small counts are not shown)' : 'none');
        p.appendChild(t);
        g.appendChild(p);
      });
      svg.appendChild(g);
      svg.appendChild(el('path', {d: line(topojson.mesh(us, us.objects.states, function (a, b) { return a !== b; })),
        fill: 'none', stroke: '#71767a', 'stroke-width': '0.7'}));
      box.textContent = '';
      box.appendChild(svg);
      var legend = document.createElement('p');
      legend.className = 'ssp-muted';
      legend.id = 'county-map-legend';
      var offMap = Object.keys(counts).concat(Object.keys(suppressed)).filter(function (f) { return !drawn[f]; });
      legend.textContent = data.runId
          ? Object.keys(counts).length + ' counties shown (' + (data.total || 0).toLocaleString('en-US')
            + ' assigned beneficiaries in PY' + data.performanceYear + '); ' + Object.keys(suppressed).length
            + ' counties with 1\u201310 beneficiaries hatched, their counts not shown (CMS suppresses counts of 1 to 10).'
            + ' Darker: more beneficiaries (five classes of equal size).'
            + (offMap.length ? ' ' + offMap.length + ' counties outside the map\'s shapes (e.g. Puerto Rico): '
              + offMap.slice(0, 10).join(', ') + (offMap.length > 10 ? ', \u2026' : '') + '.' : '')
          : 'No assignment run is complete yet: the map fills in once one is.';
      box.parentNode.appendChild(legend);
      var unknown = data.unknownCodes || [];
      if (unknown.length) {
        var note = document.createElement('p');
        note.id = 'county-map-unknown';
        note.className = 'ssp-muted';
        note.textContent = 'Residence codes the SSA\u2013FIPS crosswalk does not know (not on the map): '
            + unknown.map(function (u) {
              return u.code + ' (' + (u.beneficiaries == null ? '1\u201310' : u.beneficiaries.toLocaleString('en-US')) + ')';
            }).join(', ') + '.';
        box.parentNode.appendChild(note);
      }
      box.setAttribute('data-drawn', 'true');
    });
  };
}());
