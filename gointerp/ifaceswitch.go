package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// tagSwitchRE finds switch statements with a tag or an init statement.
var tagSwitchRE = regexp.MustCompile(`\bswitch\s+[^\s{]`)

// Expression switches where an interface meets a concrete value, which
// yaegi gets wrong:
//   - `switch v { case 5: }` with v an interface, or `switch n { case v: }`
//     with n concrete, panicked (yaegi converts one to the other's type).
//     The switch becomes a tagless one that compares the tag, held in a
//     variable, with each case value: yaegi evaluates `v == 5` as Go does.
//     With an init statement the tag must be a name (each comparison reads
//     it again); other such switches are left alone. In generic code a
//     type parameter may be either, so switches that involve one are
//     lowered in the copies too; the comparison is the same Go either way.
//   - `switch { case v: }` with v an interface holding a bool panicked;
//     the case becomes `(v) == true`.
//
// Every edit inserts text or replaces a case list's comma, so the edits
// other lowerings make inside the case values are kept.

// ifaceSwitches lowers the cell's switches.
func (c *checked) ifaceSwitches() {
	sw := switchLowering{info: c.info, src: c.src, base: c.base, add: c.add,
		needsEqual: func(x, y types.TypeAndValue) bool { return needsEqual(x, y, c.pkg) }}
	ast.Inspect(c.f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SwitchStmt); ok {
			sw.lower(s)
		}
		return true
	})
}

// switches returns the edits that lower the switches of generic code n in
// its copies.
func (m *mono) switches(n ast.Node) []posEdit {
	var edits []posEdit
	sw := switchLowering{info: m.c.info, src: m.c.src, base: m.c.base, add: func(start, end token.Pos, text string) {
		edits = append(edits, posEdit{start: start, end: end, text: text})
	}, needsEqual: func(x, y types.TypeAndValue) bool { return copyNeedsEqual(x, y, m.c.pkg) }}
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(*ast.SwitchStmt); ok {
			sw.lower(s)
		}
		return true
	})
	return edits
}

type switchLowering struct {
	info *types.Info
	src  string
	base int
	add  func(start, end token.Pos, text string)
	// needsEqual reports whether comparing values typed x and y needs
	// rt.Equal (equality.go): needsEqual in a cell, copyNeedsEqual in a
	// copy of generic code.
	needsEqual func(x, y types.TypeAndValue) bool
}

func (sw switchLowering) lower(s *ast.SwitchStmt) {
	if s.Tag == nil {
		sw.ifaceCases(s)
		return
	}
	moved := sw.initInBlock(s)
	if !sw.mixed(s) {
		return
	}
	tag := "spargo_t"
	if s.Init != nil && !moved {
		if !isName(s.Tag) {
			return
		}
		tag = sw.src[int(s.Tag.Pos())-sw.base : int(s.Tag.End())-sw.base]
		sw.add(s.Tag.Pos(), s.Tag.End(), "")
	} else {
		sw.add(s.Tag.Pos(), s.Tag.Pos(), "spargo_t := ")
		sw.add(s.Tag.End(), s.Tag.End(), ";")
	}
	for _, st := range s.Body.List {
		sw.compareCases(st.(*ast.CaseClause).List, tag, sw.info.Types[s.Tag])
	}
}

// initInBlock moves the init statement of switch s out, into a block
// around it, when the tag is not a name: yaegi compared the cases with
// the zero value of `t.Kind` in `switch t := p.next(); t.Kind {` (a
// parser's primary took every token for the first case):
//
//	switch t := p.next(); t.Kind {    →    { t := p.next(); switch t.Kind {
//	...                                    ... }
//	}                                      }
//
// A labeled switch is left alone (its label must stay on it).
func (sw switchLowering) initInBlock(s *ast.SwitchStmt) bool {
	if _, name := s.Tag.(*ast.Ident); s.Init == nil || name {
		return false
	}
	start := int(s.Pos()) - sw.base
	line := sw.src[strings.LastIndexByte(sw.src[:start], '\n')+1 : start]
	if strings.HasSuffix(strings.TrimSpace(line), ":") || strings.Contains(line, "case ") {
		return false
	}
	sw.add(s.Pos(), s.Init.Pos(), "{ ")
	sw.add(s.Init.End(), s.Tag.Pos(), "; switch ")
	sw.add(s.End(), s.End(), " }")
	return true
}

// compareCases turns the case list `a, b` into `tag == a || tag == b`:
// one expression per case, because yaegi's tagless switch tests only the
// first of a list. A comparison that needs it calls rt.Equal.
func (sw switchLowering) compareCases(list []ast.Expr, tag string, tagType types.TypeAndValue) {
	for i, e := range list {
		if i > 0 {
			between := sw.src[int(list[i-1].End())-sw.base : int(e.Pos())-sw.base]
			if j := strings.IndexByte(between, ','); j >= 0 {
				comma := list[i-1].End() + token.Pos(j)
				sw.add(comma, comma+1, " ||")
			}
		}
		if sw.needsEqual(tagType, sw.info.Types[e]) {
			sw.add(e.End(), e.End(), ")")
			sw.add(e.Pos(), e.Pos(), rtName+".Equal("+tag+", ")
			continue
		}
		// Parentheses only where precedence needs them: yaegi mishandles
		// a parenthesised constant such as `x == (5)`. (Of two insertions
		// at one offset, the one added first ends up after the other.)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
			sw.add(e.Pos(), e.Pos(), "(")
			sw.add(e.End(), e.End(), ")")
		}
		sw.add(e.Pos(), e.Pos(), tag+" == ")
	}
}

// ifaceCases lowers `case v:` of a tagless switch, v an interface.
func (sw switchLowering) ifaceCases(s *ast.SwitchStmt) {
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			if k := sw.kind(e); k == kindIface || k == kindParam {
				sw.add(e.Pos(), e.Pos(), "(")
				sw.add(e.End(), e.End(), ") == true")
			}
		}
	}
}

const (
	kindUnknown = iota
	kindNil
	kindConcrete
	kindIface
	kindParam
)

// kind classifies the type of e for mixed.
func (sw switchLowering) kind(e ast.Expr) int {
	tv, ok := sw.info.Types[e]
	switch {
	case !ok || tv.Type == nil:
		return kindUnknown
	case tv.IsNil():
		return kindNil
	}
	if isTypeParam(tv.Type) {
		return kindParam
	}
	if types.IsInterface(tv.Type) {
		return kindIface
	}
	return kindConcrete
}

// mixed reports whether s compares interfaces with concrete values, or
// values that need rt.Equal, or involves a type parameter (which a copy
// may make either).
func (sw switchLowering) mixed(s *ast.SwitchStmt) bool {
	seen := map[int]bool{sw.kind(s.Tag): true}
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			seen[sw.kind(e)] = true
			if sw.needsEqual(sw.info.Types[s.Tag], sw.info.Types[e]) {
				return true
			}
		}
	}
	return seen[kindParam] || seen[kindIface] && seen[kindConcrete]
}
