// Draws the dashboard's charts from the figures the page carries (data-dashboard); a click on a
// bar opens the list of the models behind it.
document.addEventListener("DOMContentLoaded", function () {
  var host = document.getElementById("dashboard");
  if (!host || !window.dvkChart) {
    return;
  }
  var data = JSON.parse(host.getAttribute("data-dashboard"));
  var labels = host.getAttribute("data-labels").split("|");
  var models = host.getAttribute("data-models");
  var rtl = window.dvkRtl();
  var years = data.years.map(function (y) { return String(y.year); });

  var chart = window.dvkChart;

  function open(params) {
    var query = new URLSearchParams(params);
    query.set("under", data.unit.code);
    window.location.href = models + "?" + query.toString();
  }

  chart("chart-years", {
    legend: {},
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[0], type: "bar", data: data.years.map(function (y) { return y.registered; }) },
      { name: labels[1], type: "bar", data: data.years.map(function (y) { return y.districtRecognized; }) },
      { name: labels[2], type: "bar", data: data.years.map(function (y) { return y.proposed; }) },
      { name: labels[3], type: "bar", data: data.years.map(function (y) { return y.provinceRecognized; }) }
    ]
  }, function (p) { open({ year: p.name }); });

  // a line for each unit's bars, so that a long name has room to wrap
  var units = document.getElementById("chart-units");
  if (units) {
    units.style.height = Math.max(352, data.byUnit.length * 40 + 90) + "px";
  }

  chart("chart-units", {
    legend: {},
    yAxis: {
      type: "category", inverse: true,
      data: data.byUnit.map(function (b) { return b.unit.name; }),
      axisLabel: {
        width: units ? Math.min(230, Math.round(units.clientWidth * 0.4)) : 160,
        overflow: "break", interval: 0, lineHeight: 14
      }
    },
    xAxis: { type: "value", inverse: rtl },
    series: [
      { name: labels[0], type: "bar", data: data.byUnit.map(function (b) { return b.registered; }) },
      { name: labels[1], type: "bar", data: data.byUnit.map(function (b) { return b.recognized; }) },
      { name: labels[2], type: "bar", data: data.byUnit.map(function (b) { return b.proposed; }) }
    ]
  }, function (p) {
    var unit = data.byUnit[p.dataIndex];
    var query = new URLSearchParams({ year: data.year, under: unit.unit.code });
    window.location.href = models + "?" + query.toString();
  });

  chart("chart-kinds", {
    legend: {},
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[4], type: "bar", stack: "k", data: data.years.map(function (y) { return y.fresh; }) },
      { name: labels[5], type: "bar", stack: "k", data: data.years.map(function (y) { return y.continued; }) }
    ]
  }, function (p) { open({ year: p.name, kind: p.seriesIndex === 0 ? "NEW" : "CONTINUED" }); });

  chart("chart-owners", {
    legend: {},
    xAxis: { type: "category", data: years, inverse: rtl },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: [
      { name: labels[6], type: "bar", stack: "o", data: data.years.map(function (y) { return y.collective; }) },
      { name: labels[7], type: "bar", stack: "o", data: data.years.map(function (y) { return y.individual; }) }
    ]
  }, function (p) { open({ year: p.name, ownerKind: p.seriesIndex === 0 ? "COLLECTIVE" : "INDIVIDUAL" }); });

  chart("chart-fields", {
    tooltip: { trigger: "item", confine: true },
    legend: {},
    series: [{
      type: "pie",
      label: { position: "inside", formatter: "{c}", color: "#fff", fontWeight: "bold" },
      labelLayout: { hideOverlap: true },
      data: data.byField.map(function (f) { return { name: f.name, value: f.registered, code: f.code }; })
    }]
  }, function (p) { open({ year: data.year, field: p.data.code }); });
});
