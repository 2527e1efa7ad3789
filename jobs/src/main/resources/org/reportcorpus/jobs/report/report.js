/*
 * The trend report's charts. Reads the figures' data from the JSON element #report-data and
 * draws each .chart container with Apache ECharts (canvas, no animation). Text from the data is
 * only ever drawn on canvas or set with textContent; nothing is inserted as HTML. The CSV links
 * get their data from the same JSON.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var PALETTE = ['#2b6cb0', '#dd6b20', '#38a169', '#d53f8c', '#805ad5', '#319795', '#b7791f', '#e53e3e',
    '#4a5568', '#00a3c4', '#97266d', '#2f855a'];
  document.documentElement.className += ' js';

  function col(fig, name) {
    var i = fig.columns.indexOf(name);
    if (i < 0) { throw new Error('figure ' + fig.id + ': no column ' + name); }
    return i;
  }
  function pct(v) { return v == null ? '–' : (v * 100).toFixed(1) + '%'; }
  function num(v) { return v == null ? '–' : (Math.abs(v) >= 100 || Math.round(v) === v ? String(v) : v.toFixed(3)); }
  function text(v) { return v == null ? '(none)' : String(v); }
  function unique(values) {
    var seen = [], out = [];
    values.forEach(function (v) { if (seen.indexOf(v) < 0) { seen.push(v); out.push(v); } });
    return out;
  }
  function base() {
    return { animation: false, color: PALETTE, textStyle: { fontFamily: 'WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif' },
      tooltip: { renderMode: 'richText', confine: true } };
  }

  function bars(fig, rows, el) {
    var s = fig.chart.spec, percent = !!s.percent;
    var cats = s.category.map(function (c) { return col(fig, c); });
    var labels = rows.map(function (r) { return cats.map(function (i) { return text(r[i]); }).join(' · '); });
    var option = base();
    var catAxis = { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: false } };
    var valAxis = { type: 'value', axisLabel: { formatter: percent ? pct : undefined } };
    if (s.horizontal) {
      catAxis.inverse = true;
      el.style.height = Math.max(220, 26 * rows.length + 90) + 'px';
      option.xAxis = valAxis; option.yAxis = catAxis;
      option.grid = { left: 12, right: 30, top: 36, bottom: 24, containLabel: true };
    } else {
      catAxis.axisLabel.rotate = labels.length > 6 ? 40 : 0;
      option.xAxis = catAxis; option.yAxis = valAxis;
      option.grid = { left: 12, right: 20, top: 36, bottom: 12, containLabel: true };
    }
    option.legend = { top: 0 };
    option.tooltip.trigger = 'axis';
    option.tooltip.valueFormatter = percent ? pct : num;
    option.series = s.values.map(function (v) {
      var i = col(fig, v);
      return { name: v, type: 'bar', data: rows.map(function (r) { return r[i]; }) };
    });
    return option;
  }

  function lines(fig, rows) {
    var s = fig.chart.spec, percent = !!s.percent;
    var xi = col(fig, s.x), si = col(fig, s.series), yi = col(fig, s.y);
    var xs = unique(rows.map(function (r) { return r[xi]; })).sort(function (a, b) { return a - b; });
    var names = unique(rows.map(function (r) { return text(r[si]); }));
    var series = [];
    names.forEach(function (name, k) {
      var color = PALETTE[k % PALETTE.length];
      var mine = rows.filter(function (r) { return text(r[si]) === name; });
      var at = function (ci) {
        var byX = {};
        mine.forEach(function (r) { byX[r[xi]] = r[ci]; });
        return xs.map(function (x) { return Object.prototype.hasOwnProperty.call(byX, x) ? byX[x] : null; });
      };
      if (s.band) {
        var low = at(col(fig, s.band[0])), high = at(col(fig, s.band[1]));
        series.push({ id: 'band-low-' + k, name: name, type: 'line', data: low, stack: 'band' + k, symbol: 'none',
          lineStyle: { opacity: 0 }, color: color, silent: true });
        series.push({ id: 'band-width-' + k, name: name, type: 'line', stack: 'band' + k, symbol: 'none',
          data: high.map(function (h, i) { return h == null || low[i] == null ? null : h - low[i]; }),
          lineStyle: { opacity: 0 }, areaStyle: { color: color, opacity: 0.18 }, color: color, silent: true });
      }
      var line = { id: 'line-' + k, name: name, type: 'line', data: at(yi), color: color, symbolSize: 5 };
      if (s.stack) { line.stack = 'total'; line.areaStyle = { opacity: 0.6 }; line.symbol = 'none'; }
      series.push(line);
      if (s.smooth) {
        series.push({ id: 'smooth-' + k, name: name, type: 'line', data: at(col(fig, s.smooth)), color: color,
          symbol: 'none', lineStyle: { type: 'dashed', width: 1.5 } });
      }
    });
    var option = base();
    option.legend = { top: 0, type: 'scroll' };
    option.grid = { left: 12, right: 24, top: 40, bottom: 12, containLabel: true };
    option.xAxis = { type: 'category', data: xs.map(String), boundaryGap: false };
    option.yAxis = { type: 'value', axisLabel: { formatter: percent ? pct : undefined } };
    option.tooltip.trigger = 'axis';
    option.tooltip.formatter = function (items) {
      var out = [items.length ? items[0].axisValue : ''];
      items.forEach(function (p) {
        if (p.seriesId.indexOf('band-') === 0) { return; }
        var kind = p.seriesId.indexOf('smooth-') === 0 ? ' (smoothed)' : '';
        out.push(p.seriesName + kind + ': ' + (percent ? pct(p.value) : num(p.value)));
      });
      return out.join('\n');
    };
    option.series = series;
    return option;
  }

  function intervals(fig, rows, el) {
    var s = fig.chart.spec;
    var ci = col(fig, s.category);
    var labels = rows.map(function (r) { return text(r[ci]); });
    el.style.height = Math.max(220, 30 * rows.length + 90) + 'px';
    var series = [];
    s.points.forEach(function (p, k) {
      var vi = col(fig, p.value), lo = col(fig, p.low), hi = col(fig, p.high);
      var offset = (k - (s.points.length - 1) / 2) * 8;
      var color = PALETTE[k % PALETTE.length];
      series.push({ name: p.label, type: 'custom', color: color, silent: true,
        encode: { x: [1, 2], y: 0 },
        data: rows.map(function (r, i) { return [i, r[lo], r[hi]]; }),
        renderItem: function (params, api) {
          var a = api.coord([api.value(1), api.value(0)]), b = api.coord([api.value(2), api.value(0)]);
          var y = a[1] + offset, stroke = { stroke: color, lineWidth: 1.5 };
          return { type: 'group', children: [
            { type: 'line', shape: { x1: a[0], y1: y, x2: b[0], y2: y }, style: stroke },
            { type: 'line', shape: { x1: a[0], y1: y - 4, x2: a[0], y2: y + 4 }, style: stroke },
            { type: 'line', shape: { x1: b[0], y1: y - 4, x2: b[0], y2: y + 4 }, style: stroke }] };
        } });
      series.push({ name: p.label, type: 'scatter', color: color, symbolSize: 8, symbolOffset: [0, offset],
        data: rows.map(function (r, i) { return [r[vi], i]; }) });
    });
    var option = base();
    option.legend = { top: 0 };
    option.grid = { left: 12, right: 30, top: 36, bottom: 24, containLabel: true };
    option.xAxis = { type: 'value', axisLabel: { formatter: pct } };
    option.yAxis = { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0 } };
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) { return labels[p.value[1]] + ' ' + p.seriesName + ': ' + pct(p.value[0]); };
    option.series = series;
    return option;
  }

  function tiles(fig, rows) {
    var s = fig.chart.spec;
    var ci = col(fig, s.code), vi = col(fig, s.value);
    var byCode = {};
    rows.forEach(function (r) { byCode[r[ci]] = r[vi]; });
    var maxRow = 0, maxCol = 0, known = [], unknown = [];
    data.tiles.forEach(function (t) {
      maxRow = Math.max(maxRow, t[2]); maxCol = Math.max(maxCol, t[3]);
      var v = Object.prototype.hasOwnProperty.call(byCode, t[0]) ? byCode[t[0]] : null;
      (v == null ? unknown : known).push({ name: t[1], value: [t[3], t[2], v == null ? 0 : v] });
    });
    var range = function (n) { var out = []; for (var i = 0; i <= n; i++) { out.push(String(i)); } return out; };
    var option = base();
    option.grid = { left: 4, right: 4, top: 4, bottom: 44 };
    option.xAxis = { type: 'category', data: range(maxCol), show: false };
    option.yAxis = { type: 'category', data: range(maxRow), inverse: true, show: false };
    option.visualMap = { min: 0, max: 1, seriesIndex: 0, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 120, text: ['100%', '0%'], inRange: { color: ['#e6f0fa', '#6baed6', '#08306b'] } };
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) { return p.name + ': ' + (p.seriesIndex === 0 ? pct(p.value[2]) : 'no data'); };
    var label = function (withValue) {
      return { show: true, fontSize: 10, formatter: function (p) { return withValue ? p.name + '\n' + pct(p.value[2]) : p.name; } };
    };
    option.series = [
      { type: 'heatmap', data: known, label: label(true), itemStyle: { borderColor: '#fff', borderWidth: 2 } },
      { type: 'heatmap', data: unknown, label: label(false), itemStyle: { color: '#e2e2e2', borderColor: '#fff', borderWidth: 2 } }];
    return option;
  }

  var KINDS = { bars: bars, lines: lines, intervals: intervals, tiles: tiles };

  function draw(el) {
    var fig = data.figures[el.getAttribute('data-figure')];
    var panel = el.getAttribute('data-panel');
    var rows = fig.rows;
    if (panel !== null) {
      var gi = col(fig, fig.chart.spec.group);
      rows = rows.filter(function (r) { return text(r[gi]) === panel; });
    }
    var option = KINDS[fig.chart.kind](fig, rows, el);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    return chart;
  }

  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('.chart[data-figure]'), function (el) {
    try {
      charts.push(draw(el));
    } catch (e) {
      var p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'This chart could not be drawn: ' + e.message + '. The table gives its numbers.';
      el.parentNode.replaceChild(p, el);
      console.error(e);
    }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

  function csvCell(v) {
    if (v == null) { return ''; }
    var s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) { s = "'" + s; } // not a formula in a spreadsheet
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  Array.prototype.forEach.call(document.querySelectorAll('a.csv[data-figure]'), function (a) {
    var fig = data.figures[a.getAttribute('data-figure')];
    var lines = [fig.columns].concat(fig.rows).map(function (r) { return r.map(csvCell).join(','); });
    var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    a.href = URL.createObjectURL(blob);
  });
  document.body.setAttribute('data-charts-drawn', String(charts.length));
})();
