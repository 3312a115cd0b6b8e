package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

type Node struct {
	Tag      string
	ID       string
	Classes  []string
	Attrs    map[string]string
	Parent   *Node
	Children []*Node
}

func (n *Node) Label() string {
	s := n.Tag
	if n.ID != "" {
		s += "#" + n.ID
	}
	return s + strings.Join(append([]string{""}, n.Classes...), ".")
}

func parseTree(src string) *Node {
	root := &Node{Tag: "root"}
	stack := []*Node{root}
	depths := []int{-1}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		text := strings.TrimLeft(line, " ")
		if text == "" {
			continue
		}
		depth := len(line) - len(text)
		for depths[len(depths)-1] >= depth {
			stack, depths = stack[:len(stack)-1], depths[:len(depths)-1]
		}
		fields := strings.Fields(text)
		n := &Node{Attrs: map[string]string{}, Parent: stack[len(stack)-1]}
		sel := compound(fields[0])
		n.Tag, n.ID, n.Classes = sel.Tag, sel.ID, sel.Classes
		for _, kv := range fields[1:] {
			k, v, _ := strings.Cut(kv, "=")
			n.Attrs[k] = v
		}
		n.Parent.Children = append(n.Parent.Children, n)
		stack, depths = append(stack, n), append(depths, depth)
	}
	return root
}

type Simple struct {
	Tag, ID    string
	Classes    []string
	AttrKeys   []string
	AttrVals   []string
	Combinator byte // ' ' descendant or '>' child, relative to the previous step
}

func compound(s string) Simple {
	sel, i := Simple{}, 0
	word := func() string {
		j := i
		for j < len(s) && !strings.ContainsRune("#.[]=>", rune(s[j])) {
			j++
		}
		defer func() { i = j }()
		return s[i:j]
	}
	sel.Tag = word()
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '#':
			sel.ID = word()
		case '.':
			sel.Classes = append(sel.Classes, word())
		case '[':
			k, v := word(), "*"
			if i < len(s) && s[i] == '=' {
				i++
				v = word()
			}
			i++ // skip ']'
			sel.AttrKeys, sel.AttrVals = append(sel.AttrKeys, k), append(sel.AttrVals, v)
		}
	}
	return sel
}

func parseSelector(s string) [][]Simple {
	var groups [][]Simple
	for _, g := range strings.Split(s, ",") {
		g = strings.ReplaceAll(g, ">", " > ")
		var steps []Simple
		comb := byte(' ')
		for _, f := range strings.Fields(g) {
			if f == ">" {
				comb = '>'
				continue
			}
			st := compound(f)
			st.Combinator = comb
			steps = append(steps, st)
			comb = ' '
		}
		groups = append(groups, steps)
	}
	return groups
}

func (s Simple) matches(n *Node) bool {
	if s.Tag != "" && s.Tag != "*" && s.Tag != n.Tag || s.ID != "" && s.ID != n.ID {
		return false
	}
	for _, c := range s.Classes {
		if !slices.Contains(n.Classes, c) {
			return false
		}
	}
	for i, k := range s.AttrKeys {
		v, ok := n.Attrs[k]
		if !ok || s.AttrVals[i] != "*" && s.AttrVals[i] != v {
			return false
		}
	}
	return true
}

// matchSteps checks steps right-to-left starting from node n.
func matchSteps(steps []Simple, n *Node) bool {
	last := steps[len(steps)-1]
	if !last.matches(n) {
		return false
	}
	if len(steps) == 1 {
		return true
	}
	for p := n.Parent; p != nil && p.Tag != "root"; p = p.Parent {
		if matchSteps(steps[:len(steps)-1], p) {
			return true
		}
		if last.Combinator == '>' {
			break
		}
	}
	return false
}

func walk(n *Node, visit func(*Node)) {
	for _, c := range n.Children {
		visit(c)
		walk(c, visit)
	}
}

const page = `
html lang=en
  body.dark
    div#header.bar
      a.logo href=/
      ul.nav
        li.item.active
          a href=/home
        li.item
          a href=/docs rel=help
    div#main.wide
      p.lead
        span.note
      p
        a href=/more
    div#footer.bar
      span
`

func main() {
	root := parseTree(page)
	for _, sel := range []string{
		"a", "div.bar", "ul > li", "li.active a", "#main p a", "body > div > a",
		"a[rel]", "a[href=/docs], span.note", "div span", "html > p", "li.item.active > a[href=/home]", "*.item",
	} {
		groups := parseSelector(sel)
		var hits []string
		walk(root, func(n *Node) {
			for _, g := range groups {
				if matchSteps(g, n) {
					hits = append(hits, n.Parent.Label()+">"+n.Label())
					return
				}
			}
		})
		fmt.Printf("%-30s %d: %s\n", sel, len(hits), strings.Join(hits, " "))
	}
}
