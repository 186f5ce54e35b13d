// One way to draw a chart, for every page that has one: no animation; the legend wraps over as
// many lines as its names need, and the drawing starts below it, so that no name is cut off and
// nothing overlaps; a pie keeps its names in the legend and its values on its slices. The chart
// is laid out again when the window changes size. Right-to-left pages mirror the axes.
(function () {
  var LINE = 22;
  var context = document.createElement("canvas").getContext("2d");

  function names(option) {
    var pie = option.series[0].type === "pie";
    return pie
      ? option.series[0].data.map(function (d) { return d.name; })
      : option.series.map(function (s) { return s.name; });
  }

  // How many lines the legend takes at this width: each name with its swatch and gap.
  function legendLines(option, width) {
    context.font = "12px sans-serif";
    var lines = 1;
    var x = 0;
    names(option).forEach(function (name) {
      var w = context.measureText(name).width + 40;
      if (x > 0 && x + w > width - 16) {
        lines++;
        x = 0;
      }
      x += w;
    });
    return lines;
  }

  function layout(c, option, element) {
    var width = element.clientWidth;
    var height = element.clientHeight;
    var top = option.legend ? legendLines(option, width) * LINE + 12 : 12;
    var series = option.series[0];
    if (series.type === "pie") {
      var radius = Math.max(40, Math.min(width, height - top) / 2 - 12);
      c.setOption({ series: [{ center: ["50%", top + (height - top) / 2], radius: [radius * 0.45, radius] }] });
    } else {
      c.setOption({ grid: { top: top + 12 } });
    }
  }

  window.dvkChart = function (id, option, onClick) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) {
      return null;
    }
    var c = echarts.init(element);
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: "axis", confine: true };
    if (option.legend) {
      option.legend = Object.assign({ type: "plain", top: 0, left: "center", itemGap: 12 }, option.legend);
    }
    option.grid = option.grid || { left: 8, right: 16, top: 48, bottom: 8, containLabel: true };
    c.setOption(option);
    layout(c, option, element);
    if (onClick) {
      c.on("click", onClick);
    }
    window.addEventListener("resize", function () {
      c.resize();
      layout(c, option, element);
    });
    return c;
  };

  window.dvkRtl = function () {
    return document.documentElement.dir === "rtl";
  };
})();
