package gointerp

import (
	"go/ast"
	"go/token"
	"regexp"
)

// The address of an array, slice or map literal (`reps[k] = &Totals{}`
// with `type Totals [4]int`, in a loop): yaegi gave the same pointer each
// time the literal ran, so every rep shared one Totals. (A struct
// literal's address is fresh.) The literal goes into a variable of a
// function literal's own, whose address it returns:
//
//	&Totals{}    →    func() *Totals { spargo_v := Totals{}; return &spargo_v }()

// addrOfLiterals lowers the cell's such addresses.
func (c *checked) addrOfLiterals() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		u, ok := n.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND || c.chunkAt(u.Pos()) < 0 {
			return true
		}
		if _, ok := ast.Unparen(u.X).(*ast.CompositeLit); !ok {
			return true
		}
		t := c.typeOf(u.X)
		if t == nil || isStruct(t) || !c.nameable(t) || !c.writable(t) || isLocalType(t, c.pkg) {
			return true
		}
		ts := c.typeString(t)
		c.add(u.OpPos, u.OpPos+1, "func() *"+ts+" { spargo_v := ")
		c.add(u.End(), u.End(), "; return &spargo_v }()")
		return true
	})
}

// addrLitRE finds cells that may take a literal's address.
var addrLitRE = regexp.MustCompile(`&\s*(\[|map\[|[\pL_][\pL\pN_.]*\s*\{)`)
