package main

import (
	"fmt"
	"strings"
)

type Block int

const (
	None Block = iota
	Para
	UList
	OList
	Quote
	Code
)

func (b Block) String() string { return [...]string{"none", "p", "ul", "ol", "blockquote", "pre"}[b] }

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

var spans = []struct{ delim, open, close string }{
	{"**", "<strong>", "</strong>"}, {"*", "<em>", "</em>"}, {"`", "<code>", "</code>"},
}

// inline renders emphasis, code spans and links by scanning for delimiters.
func inline(s string) string {
	var sb strings.Builder
outer:
	for i := 0; i < len(s); {
		for _, sp := range spans {
			if !strings.HasPrefix(s[i:], sp.delim) {
				continue
			}
			rest := s[i+len(sp.delim):]
			if end := strings.Index(rest, sp.delim); end > 0 {
				inner := rest[:end]
				if sp.delim == "`" {
					inner = escaper.Replace(inner) // no nested formatting in code
				} else {
					inner = inline(inner)
				}
				sb.WriteString(sp.open + inner + sp.close)
				i += 2*len(sp.delim) + end
				continue outer
			}
		}
		if s[i] == '[' {
			if mid := strings.Index(s[i:], "]("); mid > 0 {
				if end := strings.IndexByte(s[i+mid:], ')'); end > 0 {
					text, url := s[i+1:i+mid], s[i+mid+2:i+mid+end]
					fmt.Fprintf(&sb, `<a href="%s">%s</a>`, escaper.Replace(url), inline(text))
					i += mid + end + 1
					continue
				}
			}
		}
		sb.WriteString(escaper.Replace(s[i : i+1]))
		i++
	}
	return sb.String()
}

type Renderer struct {
	state Block
	out   []string
	trans map[[2]Block]int // counts of block transitions, for the summary
}

func (r *Renderer) enter(b Block) {
	if r.state == b {
		return
	}
	r.trans[[2]Block{r.state, b}]++
	if r.state == Code {
		r.out = append(r.out, "</code></pre>")
	} else if r.state != None {
		r.out = append(r.out, "</"+r.state.String()+">")
	}
	if b == Code {
		r.out = append(r.out, "<pre><code>")
	} else if b != None {
		r.out = append(r.out, "<"+b.String()+">")
	}
	r.state = b
}

func (r *Renderer) Line(line string) {
	trimmed := strings.TrimSpace(line)
	if r.state == Code && !strings.HasPrefix(trimmed, "```") {
		r.out = append(r.out, escaper.Replace(line))
		return
	}
	level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
	num, item, isOrdered := strings.Cut(trimmed, ". ")
	isOrdered = isOrdered && num != "" && strings.Trim(num, "0123456789") == ""
	switch {
	case strings.HasPrefix(trimmed, "```"):
		r.enter(map[bool]Block{true: None, false: Code}[r.state == Code])
	case trimmed == "":
		r.enter(None)
	case level > 0 && level <= 6 && strings.HasPrefix(trimmed[level:], " "):
		r.enter(None)
		r.out = append(r.out, fmt.Sprintf("<h%d>%s</h%d>", level, inline(trimmed[level+1:]), level))
	case trimmed == "---":
		r.enter(None)
		r.out = append(r.out, "<hr>")
	case strings.HasPrefix(trimmed, "- "), isOrdered:
		r.enter(map[bool]Block{true: OList, false: UList}[isOrdered])
		if !isOrdered {
			item = trimmed[2:]
		}
		r.out = append(r.out, "  <li>"+inline(item)+"</li>")
	case strings.HasPrefix(trimmed, "> "):
		r.enter(Quote)
		r.out = append(r.out, "  "+inline(trimmed[2:]))
	default:
		r.enter(Para)
		r.out = append(r.out, "  "+inline(trimmed))
	}
}

const doc = "# Release *notes*\n\nVersion **2.1** fixes `a < b` handling\nand adds [docs](https://example.com/a?x=1&y=2).\n\n" +
	"## Changes\n- faster **parser**\n- new `--quiet` flag\n1. download\n2. run *setup*\n\n> Note: **back up** first\n---\n" +
	"```\nif x < 3 && y > 2 {\n    return \"*not emphasis*\"\n}\n```\nDone, with a stray * and [broken link.\n"

func main() {
	r := &Renderer{trans: map[[2]Block]int{}}
	for _, line := range strings.Split(doc, "\n") {
		r.Line(line)
	}
	r.enter(None)
	fmt.Println(strings.Join(r.out, "\n"))
	fmt.Println("-- block transitions --")
	for from := None; from <= Code; from++ {
		for to := None; to <= Code; to++ {
			if n := r.trans[[2]Block{from, to}]; n > 0 {
				fmt.Printf("%-10v -> %-10v x%d\n", from, to, n)
			}
		}
	}
}
