/*
 * The program map: assigned beneficiaries by county on real US county shapes (us-atlas, Census Bureau
 * boundaries pre-projected to Albers USA, vendored in resources/map; topojson-client turns them into
 * GeoJSON). Counties are shaded in five classes of equal size.
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
      var values = Object.keys(counts).map(function (k) { return counts[k]; }).sort(function (a, b) { return a - b; });
      var breaks = [0.2, 0.4, 0.6, 0.8].map(function (q) { return values.length ? values[Math.floor(q * (values.length - 1))] : 0; });
      function color(n) {
        if (!n) { return '#f7f7f7'; }
        var c = 0;
        while (c < breaks.length && n > breaks[c]) { c++; }
        return COLORS[c];
      }
      var svg = el('svg', {viewBox: '0 0 975 610', role: 'img', 'aria-labelledby': 'county-map-title'});
      var title = el('title', {id: 'county-map-title'});
      title.textContent = 'Assigned beneficiaries by county' + (data.performanceYear ? ', PY' + data.performanceYear : '');
      svg.appendChild(title);
      var g = el('g', {});
      topojson.feature(us, us.objects.counties).features.forEach(function (f) {
        var n = counts[f.id];
        var p = el('path', {d: path(f.geometry), fill: color(n), stroke: '#ffffff', 'stroke-width': '0.2', 'data-fips': f.id});
        var t = el('title', {});
        t.textContent = (f.properties && f.properties.name ? f.properties.name : f.id) + ': '
            + (n ? n.toLocaleString('en-US') + ' assigned beneficiaries' : 'none shown');
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
      legend.textContent = data.runId
          ? Object.keys(counts).length + ' counties shown (' + (data.total || 0).toLocaleString('en-US')
            + ' assigned beneficiaries in PY' + data.performanceYear + '). Darker: more beneficiaries (five classes of equal size).'
          : 'No assignment run is complete yet: the map fills in once one is.';
      box.parentNode.appendChild(legend);
      box.setAttribute('data-drawn', 'true');
    });
  };
}());
