"""The page's own script and styles (no CDN): clickable citations, the detail panel as a bottom sheet at
phone width, each new answer scrolled into view at its start, and a print stylesheet."""

# Citations stay plain text in the messages (so copying gives 【第96条】, not Markdown); this script makes
# every 【第N条】, 【行动三】, 【注4】, 【总体目标】 clickable. A click fills a hidden box and presses a hidden
# button, so the detail panel is filled by the same library call as everything else.
HEAD = """
<script>
(function () {
  const LABEL = /【(第\\d+条|行动[一二三四五六七八九十]+|注\\d|总体目标|通知)】/g;
  function keyOf(label) {
    const m = label.match(/^第(\\d+)条$/);
    return m ? 'm' + m[1] : 's:' + label;
  }
  function linkify(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (LABEL.test(node.nodeValue) && !(node.parentElement && node.parentElement.closest('a.cite'))) nodes.push(node);
      LABEL.lastIndex = 0;
    }
    for (const node of nodes) {
      const frag = document.createDocumentFragment();
      let last = 0;
      node.nodeValue.replace(LABEL, function (whole, label, at) {
        frag.appendChild(document.createTextNode(node.nodeValue.slice(last, at)));
        const a = document.createElement('a');
        a.className = 'cite'; a.href = '#' + keyOf(label); a.dataset.cite = keyOf(label); a.textContent = whole;
        frag.appendChild(a);
        last = at + whole.length;
      });
      frag.appendChild(document.createTextNode(node.nodeValue.slice(last)));
      node.parentNode.replaceChild(frag, node);
    }
  }
  function openDetail(key) {
    const box = document.querySelector('#cite-box textarea, #cite-box input');
    if (!box) return;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value').set;
    setter.call(box, key);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(function () {
      document.querySelector('#cite-btn').click();
      const panel = document.querySelector('#detail-wrap');
      if (panel) { panel.classList.add('open'); panel.scrollIntoView({ block: 'nearest' }); }
    }, 80);
  }
  document.addEventListener('click', function (event) {
    const link = event.target.closest && event.target.closest('a.cite, a[href^="#m"]');
    if (link) {
      event.preventDefault(); event.stopPropagation();
      openDetail(link.dataset.cite || link.getAttribute('href').slice(1));
      return;
    }
    if (event.target.closest && event.target.closest('#detail-close')) {
      const panel = document.querySelector('#detail-wrap');
      if (panel) panel.classList.remove('open');
    }
  }, true);
  let seen = 0;
  const observer = new MutationObserver(function () {
    const chat = document.querySelector('#chat');
    if (!chat) return;
    linkify(chat);
    const bots = chat.querySelectorAll('.message.bot, [data-testid="bot"]');
    if (bots.length > seen) {
      seen = bots.length;
      bots[bots.length - 1].scrollIntoView({ block: 'start' });  // a new answer: its first line in view
    } else if (bots.length < seen) {
      seen = bots.length;
    }
  });
  (function start() {  // the page may have loaded before this script runs
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    else setTimeout(start, 100);
  })();
})();
</script>
"""

CSS = """
#detail-panel { border-left: 3px solid #c0392b; padding-left: 12px; min-height: 120px; }
#detail-wrap { position: sticky; top: 8px; }
#detail-close { display: none; }
a.cite { color: #c0392b; text-decoration: underline; cursor: pointer; }
#scope { color: #555; font-size: 0.9em; }
@media (max-width: 768px) {
  #detail-wrap { display: none; }
  #detail-wrap.open { display: block; position: fixed; left: 0; right: 0; bottom: 0; max-height: 65vh; overflow-y: auto;
                      z-index: 1000; background: var(--background-fill-primary, #fff); padding: 12px;
                      box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.25); }
  #detail-wrap.open #detail-close { display: inline-block; }
}
@media print {
  #question, #send, #new-chat, #examples, #filters, #feedback-row, #downloads, #detail-wrap, footer { display: none !important; }
  #chat, #chat * { height: auto !important; max-height: none !important; overflow: visible !important; }
  #results, #results * { max-height: none !important; overflow: visible !important; }
}
"""
