// The actor network as GEXF 1.3 (Gephi) and GraphML: actors as nodes with country/sector/type,
// edges per relation ('quotes', 'threaten', 'meet', …) with their weights.
import type { ActorNetwork } from '../store/store.js';

const x = (s: unknown) => String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** GEXF 1.3 with node attributes and weighted, labelled edges. */
export function toGexf(net: ActorNetwork): string {
  const ids = new Map(net.nodes.map((n, i) => [n.id, `n${i}`]));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="country" title="country" type="string"/><attribute id="sector" title="sector" type="string"/>'
      + '<attribute id="type" title="type" type="string"/><attribute id="weight" title="weight" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>',
    '    <nodes>'];
  for (const n of net.nodes) {
    out.push(`      <node id="${ids.get(n.id)}" label="${x(n.name)}"><attvalues><attvalue for="country" value="${x(n.country)}"/>`
      + `<attvalue for="sector" value="${x(n.sector)}"/><attvalue for="type" value="${x(n.type)}"/><attvalue for="weight" value="${n.weight}"/></attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    out.push(`      <edge id="e${i}" source="${ids.get(e.source)}" target="${ids.get(e.target)}" label="${x(e.relation)}" weight="${e.weight}">`
      + `<attvalues><attvalue for="relation" value="${x(e.relation)}"/></attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}

/** GraphML with keys for name, country, sector, type, relation and weight. */
export function toGraphml(net: ActorNetwork): string {
  const ids = new Map(net.nodes.map((n, i) => [n.id, `n${i}`]));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...['name', 'country', 'sector', 'type'].map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="nweight" for="node" attr.name="weight" attr.type="int"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="actors" edgedefault="directed">'];
  for (const n of net.nodes) {
    out.push(`    <node id="${ids.get(n.id)}"><data key="name">${x(n.name)}</data><data key="country">${x(n.country)}</data>`
      + `<data key="sector">${x(n.sector)}</data><data key="type">${x(n.type)}</data><data key="nweight">${n.weight}</data></node>`);
  }
  net.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${ids.get(e.source)}" target="${ids.get(e.target)}"><data key="relation">${x(e.relation)}</data>`
      + `<data key="weight">${e.weight}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
