package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// A struct literal of a session type stored in a standard interface:
// `var err error = ValidationError{...}`, `err = ValidationError{...}`,
// `error(ValidationError{...})`. yaegi stored the bare struct, and the
// error then panicked when passed to a compiled function that takes an
// error (errors.Is: "reflect: Call using struct {...} as type error");
// converted by a call's parameter, as a function's result or argument
// already is, it is wrapped as an error should be:
// `var err error = func(spargo_i error) error { return spargo_i }(ValidationError{...})`.

// ifaceLitRE finds cells that may store a struct literal in a standard
// interface: they name error or an interface of a package (fmt.Stringer),
// or assign a composite literal.
var ifaceLitRE = regexp.MustCompile(`\berror\b|\b[a-z]\w*\.[A-Z]\w*er\b|=\s*[\pL_][\w.]*\s*\{`)

// ifaceLiterals lowers the cell's struct literals stored in standard
// interfaces.
func (c *checked) ifaceLiterals() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		c.stores(n, c.convertLiteral)
		// A conversion itself becomes the call (as convertedReceivers
		// writes it, when a method is called on it).
		if x, ok := n.(*ast.CallExpr); ok {
			if tv := c.info.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 && c.literalToStd(x.Args[0], tv.Type) {
				c.replace(x.Fun.Pos(), x.Lparen+1, identityCall(c.typeString(tv.Type)))
			}
		}
		return true
	})
}

// literalToStd reports whether e is a struct literal of a session type
// and target a standard interface with methods.
func (c *checked) literalToStd(e ast.Expr, target types.Type) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || target == nil || !hasMethods(target) || sessionType(target, c.pkg) || !c.nameable(target) || c.chunkAt(e.Pos()) < 0 {
		return false
	}
	t := c.typeOf(lit)
	if types.Identical(target, errorType) && c.valueError(t) {
		return false // errorValue builds it
	}
	return t != nil && sessionType(t, c.pkg) && !isPointer(t)
}

// convertLiteral passes e through an identity call of target's type if
// literalToStd holds.
func (c *checked) convertLiteral(e ast.Expr, target types.Type) {
	if c.literalToStd(e, target) {
		c.add(e.Pos(), e.Pos(), identityCall(c.typeString(target)))
		c.add(e.End(), e.End(), ")")
	}
}

func isPointer(t types.Type) bool {
	_, ok := t.(*types.Pointer)
	return ok
}
