package main

import (
	"bufio"
	"fmt"
	"html"
	"regexp"
	"strings"
)

const markdown = `# Release Notes

Version **2.1** brings *faster* parsing & a new ` + "`--dry-run`" + ` flag.

## Highlights

- Streaming CSV reader
- Better **error** messages
- See [the docs](https://example.com/docs) for details

1. Download the binary
2. Run ` + "`tool --version`" + `

> Note: the old <config> format is deprecated.

` + "```" + `
tool run --input data.csv
` + "```" + `

---
Thanks to all *contributors*!
`

type Renderer struct {
	out      strings.Builder
	listType string
	inCode   bool
}

var (
	boldRE   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRE = regexp.MustCompile(`\*(.+?)\*`)
	codeRE   = regexp.MustCompile("`([^`]+)`")
	linkRE   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	olRE     = regexp.MustCompile(`^\d+\.\s+`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRE.ReplaceAllString(s, "<code>$1</code>")
	s = boldRE.ReplaceAllString(s, "<strong>$1</strong>")
	s = italicRE.ReplaceAllString(s, "<em>$1</em>")
	s = linkRE.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

func (r *Renderer) closeList() {
	if r.listType != "" {
		fmt.Fprintf(&r.out, "</%s>\n", r.listType)
		r.listType = ""
	}
}

func (r *Renderer) openList(kind string) {
	if r.listType != kind {
		r.closeList()
		fmt.Fprintf(&r.out, "<%s>\n", kind)
		r.listType = kind
	}
}

func (r *Renderer) Line(line string) {
	if strings.HasPrefix(line, "```") {
		r.closeList()
		r.inCode = !r.inCode
		if r.inCode {
			r.out.WriteString("<pre><code>")
		} else {
			r.out.WriteString("</code></pre>\n")
		}
		return
	}
	if r.inCode {
		r.out.WriteString(html.EscapeString(line) + "\n")
		return
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		r.closeList()
	case strings.HasPrefix(trimmed, "#"):
		r.closeList()
		level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		level = min(level, 6)
		fmt.Fprintf(&r.out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
	case trimmed == "---":
		r.closeList()
		r.out.WriteString("<hr/>\n")
	case strings.HasPrefix(trimmed, "- "):
		r.openList("ul")
		fmt.Fprintf(&r.out, "  <li>%s</li>\n", inline(trimmed[2:]))
	case olRE.MatchString(trimmed):
		r.openList("ol")
		fmt.Fprintf(&r.out, "  <li>%s</li>\n", inline(olRE.ReplaceAllString(trimmed, "")))
	case strings.HasPrefix(trimmed, "> "):
		r.closeList()
		fmt.Fprintf(&r.out, "<blockquote>%s</blockquote>\n", inline(trimmed[2:]))
	default:
		r.closeList()
		fmt.Fprintf(&r.out, "<p>%s</p>\n", inline(trimmed))
	}
}

func Render(md string) string {
	r := &Renderer{}
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		r.Line(sc.Text())
	}
	r.closeList()
	return r.out.String()
}

func main() {
	out := Render(markdown)
	fmt.Print(out)
	fmt.Printf("-- %d lines, %d bytes of HTML\n", strings.Count(out, "\n"), len(out))
}
