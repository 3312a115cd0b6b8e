package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// hideUnexported tags the unexported fields of a struct type `json:"-"`:
// yaegi builds the type with reflect, which has no unexported
// fields of a new type, so it exports them (note becomes Xnote), and
// encoding/json wrote them ({"name":"a","Xnote":"n"}) where Go skips
// them. A field that has a json key already keeps its tag; a declaration
// of exported and unexported names (`A, b int`) is split. (The tag shows
// in yaegi's names of such types, in messages: one key, to keep them
// short.)
//
// An embedded field is tagged `spargo:"embed"` (embedTag).
//
// Blank fields after the first get names of their own (_2, _3...): yaegi
// names each X_, and reflect refused the type ("duplicate field X_").
func hideUnexported(src string, st *ast.StructType, off func(token.Pos) int) []edit {
	var edits []edit
	blanks := 0
	names := map[*ast.Ident]string{}
	for _, f := range st.Fields.List {
		unexported := 0
		for _, n := range f.Names {
			if hidden(n) {
				unexported++
			}
			if n.Name == "_" {
				if blanks++; blanks > 1 {
					names[n] = fmt.Sprintf("_%d", blanks)
				}
			}
		}
		tag := ""
		if f.Tag != nil {
			tag = src[off(f.Tag.Pos()):off(f.Tag.End())]
		}
		switch {
		case len(f.Names) == 0: // embedded
			if f.Tag == nil {
				p := off(f.Type.End())
				edits = append(edits, edit{p, p, " " + embedTag("")})
			} else {
				edits = append(edits, edit{off(f.Tag.Pos()), off(f.Tag.End()), embedTag(tag)})
			}
		case unexported == 0 || strings.Contains(tag, "json:"):
			for _, n := range f.Names {
				if names[n] != "" {
					edits = append(edits, edit{off(n.Pos()), off(n.End()), names[n]})
				}
			}
		case unexported == len(f.Names) && tag == "":
			p := off(f.Type.End())
			edits = append(edits, edit{p, p, " " + hiddenTag(tag)})
		case unexported == len(f.Names):
			edits = append(edits, edit{off(f.Tag.Pos()), off(f.Tag.End()), hiddenTag(tag)})
		default:
			if e, ok := splitField(src, f, tag, names, off); ok {
				edits = append(edits, e)
			}
		}
	}
	return edits
}

// hidden reports whether the field named n is unexported (not blank).
func hidden(n *ast.Ident) bool { return n.Name != "_" && !token.IsExported(n.Name) }

// hiddenTag is tag (a field's tag as written, "" for none) with json:"-"
// added.
func hiddenTag(tag string) string {
	switch {
	case tag == "":
		return "`json:\"-\"`"
	case tag[0] == '"':
		return tag[:len(tag)-1] + ` json:\"-\""`
	default:
		return tag[:len(tag)-1] + " json:\"-\"`"
	}
}

// embedTag is tag (as hiddenTag's) with rt.EmbedTag's mark added: the
// field is embedded, which the type yaegi builds with reflect cannot say
// (rt/jsonembed.go).
func embedTag(tag string) string {
	switch {
	case tag == "":
		return "`spargo:\"embed\"`"
	case tag[0] == '"':
		return tag[:len(tag)-1] + ` spargo:\"embed\""`
	default:
		return tag[:len(tag)-1] + " spargo:\"embed\"`"
	}
}

// splitField writes field f, of exported and unexported names, as one
// field per name, the unexported ones hidden; only on one line, so that
// lines keep their numbers.
func splitField(src string, f *ast.Field, tag string, names map[*ast.Ident]string, off func(token.Pos) int) (edit, bool) {
	start, end := off(f.Pos()), off(f.End())
	if strings.Contains(src[start:end], "\n") {
		return edit{}, false
	}
	typ := src[off(f.Type.Pos()):off(f.Type.End())]
	var parts []string
	for _, n := range f.Names {
		t := tag
		if hidden(n) {
			t = hiddenTag(tag)
		}
		name := n.Name
		if names[n] != "" {
			name = names[n]
		}
		parts = append(parts, strings.TrimSpace(name+" "+typ+" "+t))
	}
	return edit{start, end, strings.Join(parts, "; ")}, true
}

// taggedText is the source of n with the tags hideUnexported gives its
// struct types: the text an edit that replaces n must write, to name the
// same types as the rest of the cell.
func taggedText(src string, n ast.Node, off func(token.Pos) int) string {
	start := off(n.Pos())
	var edits []edit
	ast.Inspect(n, func(x ast.Node) bool {
		if st, ok := x.(*ast.StructType); ok {
			for _, e := range hideUnexported(src, st, off) {
				edits = append(edits, edit{e.start - start, e.end - start, e.text})
			}
		}
		return true
	})
	return applyEdits(src[start:off(n.End())], edits)
}
