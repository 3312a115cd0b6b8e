package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Values of a session struct type whose Error method has a value receiver
// (`func (e ValidationError) Error() string`), converted to error. yaegi's
// wrapper for them held the struct's last field instead of the struct, so
// `err.(ValidationError)`, `case ValidationError:` and errors.As never
// matched, and %T named the field's type. Each such conversion in the cell
// (a value stored, passed, sent, returned or written in a literal as an
// error) builds the error in rt instead, which keeps the whole value:
//
//	return ValidationError{"n", 42}
//	return func(spargo_ev ValidationError) error {
//		return spargo_rt.ErrorOf(spargo_ev, func() string { return spargo_ev.Error() })
//	}(ValidationError{"n", 42})
//
// (on one line). A pointer receiver needs none of this: yaegi's wrapper
// keeps the pointer.

// valueErrorRE finds declarations of an Error method with a value
// receiver.
var valueErrorRE = regexp.MustCompile(`^func\s*\(\s*(\w+\s+)?\w+\s*\)\s*Error\s*\(\s*\)\s*string`)

// declaresValueError reports whether body declares an Error method with a
// value receiver.
func declaresValueError(body []chunk) bool { return anyDecl(body, valueErrorRE.MatchString) }

var errorType = types.Universe.Lookup("error").Type()

// errorValues lowers the cell's conversions of values of such types to
// error.
func (c *checked) errorValues() {
	c.conversions(c.errorValue, true)
}

// errorValue builds e in rt if it is a value of a session struct type
// with a value receiver Error method, converted to error.
func (c *checked) errorValue(e ast.Expr, target types.Type) {
	t := c.typeOf(e)
	if target == nil || !types.Identical(target, errorType) || !c.valueError(t) || c.chunkAt(e.Pos()) < 0 {
		return
	}
	c.add(e.Pos(), e.Pos(), c.asError(t))
	c.add(e.End(), e.End(), ")")
}

// errorValues is the same for generic function fd, in its copies (a
// generic loader collecting RowError values in an []error).
func (m *mono) errorValues(fd *ast.FuncDecl, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	m.c.conversionsIn(fd, func(e ast.Expr, target types.Type) {
		t := m.c.typeOf(e)
		if target == nil || !types.Identical(target, errorType) || !m.c.valueError(t) {
			return
		}
		if s, ok := m.typeExpr(t, env); ok {
			edits = append(edits, posEdit{e.Pos(), e.Pos(), "func(spargo_ev " + s + ") error { return " + errorOf("spargo_ev") + " }(", false},
				posEdit{e.End(), e.End(), ")", false})
		}
	}, true)
	return edits
}

// valueError reports whether t is a session struct type whose value (not
// only its pointer) has the Error method.
func (c *checked) valueError(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	return types.Implements(t, errorType.Underlying().(*types.Interface))
}

// asError opens the call that makes a value of type t an rt error.
func (c *checked) asError(t types.Type) string {
	return "func(spargo_ev " + c.typeString(t) + ") error { return " + errorOf("spargo_ev") + " }("
}

// errorOf is the rt error made from the value named v (see ErrorValue).
func errorOf(v string) string {
	return rtName + ".ErrorOf(" + v + ", func() string { return " + v + ".Error() })"
}
