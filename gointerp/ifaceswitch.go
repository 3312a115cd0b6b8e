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

// ifaceSwitches lowers the expression switches yaegi gets wrong when an
// interface meets a concrete value:
//   - `switch v { case 5: }` with v an interface panicked (yaegi converts
//     the tag to the case's type). The switch becomes a tagless one that
//     compares the tag, held in a variable, with each case value, which
//     yaegi evaluates as Go does. With an init statement, the tag must be
//     a name (it is read again by each comparison); other such switches
//     are left alone.
//   - `switch { case v: }` with v an interface holding a bool panicked;
//     the case becomes `v == true`.
//
// Every edit inserts text or replaces a case list's comma, so the folded
// constants of constExprs inside the cases are kept.
func (c *checked) ifaceSwitches() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok {
			return true
		}
		if s.Tag == nil {
			c.ifaceCases(s)
			return true
		}
		if !types.IsInterface(c.typeOf(s.Tag)) || !c.hasConcreteCase(s) {
			return true
		}
		tag := "spargo_t"
		if s.Init != nil {
			if !isName(s.Tag) {
				return true
			}
			tag = c.src[int(s.Tag.Pos())-c.base : int(s.Tag.End())-c.base]
			c.add(s.Tag.Pos(), s.Tag.End(), "")
		} else {
			c.add(s.Tag.Pos(), s.Tag.Pos(), "spargo_t := ")
			c.add(s.Tag.End(), s.Tag.End(), ";")
		}
		for _, st := range s.Body.List {
			c.compareCases(st.(*ast.CaseClause).List, tag)
		}
		return true
	})
}

// compareCases turns the case list `a, b` into `tag == a || tag == b`:
// one expression per case, because yaegi's tagless switch tests only the
// first of a list.
func (c *checked) compareCases(list []ast.Expr, tag string) {
	for i, e := range list {
		if i > 0 {
			if comma := c.commaBefore(e.Pos(), list[i-1].End()); comma.IsValid() {
				c.add(comma, comma+1, " ||")
			}
		}
		// Parentheses only where precedence needs them: yaegi mishandles
		// a parenthesised constant such as `x == (5)`. (Of two insertions
		// at one offset, the one added first ends up after the other.)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
			c.add(e.Pos(), e.Pos(), "(")
			c.add(e.End(), e.End(), ")")
		}
		c.add(e.Pos(), e.Pos(), tag+" == ")
	}
}

// ifaceCases lowers `case v:` of a tagless switch, v an interface.
func (c *checked) ifaceCases(s *ast.SwitchStmt) {
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			if types.IsInterface(c.typeOf(e)) {
				c.add(e.Pos(), e.Pos(), "(")
				c.add(e.End(), e.End(), ") == true")
			}
		}
	}
}

// commaBefore finds the comma between two case values.
func (c *checked) commaBefore(next, prevEnd token.Pos) token.Pos {
	between := c.src[int(prevEnd)-c.base : int(next)-c.base]
	if i := strings.IndexByte(between, ','); i >= 0 {
		return prevEnd + token.Pos(i)
	}
	return token.NoPos
}

func (c *checked) typeOf(e ast.Expr) types.Type {
	return c.info.Types[e].Type
}

// hasConcreteCase reports whether a case of s has a value whose type is
// not an interface (nil has none and counts as an interface value).
func (c *checked) hasConcreteCase(s *ast.SwitchStmt) bool {
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			tv := c.info.Types[e]
			if tv.Type != nil && !tv.IsNil() && !types.IsInterface(tv.Type) {
				return true
			}
		}
	}
	return false
}
