package gointerp

import (
	"fmt"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
)

// The String and Error methods that printing calls (printelems.go): the
// function literals of the cell that call them for a value of an
// interface, or of the empty interface, by a type switch over the
// session's types.

// ifaceMethod is a function literal that calls the String or Error method
// of a value of session interface t (that of its dynamic type), for a
// Printer's Method; "" when none can be called.
func (c *checked) ifaceMethod(t types.Type) string {
	if !c.nameable(t) || isLocalType(t, c.pkg) {
		return ""
	}
	body := ""
	if m := c.stringMethod(t); m != "" {
		body = "return spargo_v." + m + "(), true"
	} else if sw := c.stringerCases(t, "return spargo_t.%s(), true"); sw != "" {
		body = sw + "; return \"\", false"
	} else {
		return ""
	}
	return "func(spargo_v " + c.typeString(t) + ") (string, bool) { " + body + " }"
}

// anyMethod is a function literal that calls the String or Error method
// of a value held in an empty interface, for a Printer's Method: a type
// switch over the session's named types that have one (anyCandidates),
// but those whose method is declared after at (methodLater); "" if none
// has.
func (c *checked) anyMethod(at token.Pos) string {
	return c.anyMethodOf(slices.DeleteFunc(c.anyCandidates(), func(n *types.Named) bool { return c.methodLater(n, at) }))
}

// anyCandidates are the session's named types whose values a type switch
// on an empty interface can tell: all but interfaces, and struct types
// of a unique structure only (yaegi matches the cases of a switch on an
// any by structure; rt calls it only for values of the interpreter's
// types with methods and for structs).
func (c *checked) anyCandidates() []*types.Named {
	return append(c.uniqueStructs(), c.sessionNamed(heldWithMethods)...)
}

// heldWithMethods reports whether n is neither a struct nor an interface
// type: a named slice, map, func or basic type, whose values yaegi holds in
// its valueInterface when it has methods.
func heldWithMethods(n *types.Named) bool {
	_, isStruct := n.Underlying().(*types.Struct)
	return !isStruct && !types.IsInterface(n)
}

// anyMethodOf is anyMethod's literal for the candidates; "" if none has a
// String or Error method.
func (c *checked) anyMethodOf(candidates []*types.Named) string {
	// rt passes the value out of yaegi's valueInterface, with the name of
	// its type there ("" when it has none)
	sw := c.typeCases(candidates, types.NewInterfaceType(nil, nil), "return spargo_t.%s(), true", func(name string) string {
		return fmt.Sprintf("(spargo_n == \"\" || spargo_n == %q)", name)
	})
	if sw == "" {
		return ""
	}
	return "func(spargo_v any, spargo_n string) (string, bool) { " + sw + "; return \"\", false }"
}

// stringMethodRE finds the declaration of a String or Error method, for
// which a cell is type-checked (its registration, below).
var stringMethodRE = regexp.MustCompile(`(?m)^func\s*\([^)]*\)\s*(String|Error)\(\)\s*string`)

// registration is the statement that registers with rt the String and
// Error methods of the types this cell declares, for printing code of
// earlier cells (rt/printreg.go); "" if it declares none.
func (c *checked) registration() string {
	m := c.anyMethodOf(slices.DeleteFunc(c.anyCandidates(), func(n *types.Named) bool { return c.chunkAt(n.Obj().Pos()) < 0 }))
	if m == "" {
		return ""
	}
	return printersVar + ".Add(" + m + ")"
}

// registerPrinters runs the registration a cell left to run after it
// (withRegistration): printing code of earlier cells calls these types'
// methods; a failure leaves their values printed by their fields.
func (in *Interp) registerPrinters() {
	if reg := in.checker.registration; reg != "" {
		_, _ = in.yi.Eval(reg)
	}
}

// withRegistration returns body with the cell's registration (above) run
// as a statement before the first statement after the declarations of its
// methods, so that the cell's own statements print with them too; or,
// when no statement follows, body and the registration to run after it.
func (c *checked) withRegistration(body []chunk) ([]chunk, string) {
	reg := c.registration()
	if reg == "" {
		return body, ""
	}
	last := -1 // the cell's chunk that declares the last of the methods
	for i, ch := range c.body {
		if ch.kind == kindDecl && stringMethodRE.MatchString(ch.src) {
			last = i
		}
	}
	for k := last + 1; last >= 0 && k < len(c.body); k++ {
		if c.body[k].kind != kindStmt {
			continue
		}
		for j, ch := range body {
			if ch.kind == kindStmt && ch.line == c.body[k].line && ch.col == c.body[k].col {
				r := chunk{kind: kindStmt, src: reg, line: ch.line, col: ch.col}
				return append(append(append([]chunk(nil), body[:j]...), r), body[j:]...), ""
			}
		}
		break
	}
	return body, reg
}

// methodLater reports whether n's String or Error method is declared
// after at (where a value is printed), in this cell, which runs
// statements: its declarations run in source order, and a function that
// names the method before its declaration ran did not compile ("undefined
// selector: Error").
func (c *checked) methodLater(n *types.Named, at token.Pos) bool {
	if !at.IsValid() || !slices.ContainsFunc(c.body, func(ch chunk) bool { return ch.kind == kindStmt }) {
		return false
	}
	for _, t := range []types.Type{n, types.NewPointer(n)} {
		if m := c.stringMethod(t); m != "" {
			obj, _, _ := types.LookupFieldOrMethod(t, true, c.pkg, m)
			if obj != nil && obj.Pos() > at && c.chunkAt(obj.Pos()) >= 0 {
				return true
			}
		}
	}
	return false
}

// methodFunc is a function literal calling the Error or String method of
// values of t (Error first, as fmt), or "nil" when t is not a session type
// with one.
func (c *checked) methodFunc(t types.Type) string {
	m := c.stringMethod(t)
	if m == "" {
		return "nil"
	}
	name, ok := c.copyOrTypeName(t)
	if !ok {
		return "nil"
	}
	return "func(spargo_e any) string { return spargo_e.(" + name + ")." + m + "() }"
}

// methodCaller is the start of a call of a function literal that prints
// a value of interface type t through its dynamic type's String or Error
// method, calling it before printing (a panic in it leaves plain, the
// value as printed otherwise); "" if t is not a session interface or any,
// or no method can be found.
func (c *checked) methodCaller(t types.Type, plain string) string {
	if !(sessionType(t, c.pkg) || isEmptyIface(t)) || !c.nameable(t) || isLocalType(t, c.pkg) {
		return ""
	}
	call := ""
	if m := c.stringMethod(t); m != "" {
		call = "spargo_p = " + rtName + ".Stringed(spargo_p, spargo_v." + m + "())"
	} else if call = c.stringerSwitch(t); call == "" {
		return ""
	}
	return "func(spargo_v " + c.typeString(t) + ") (spargo_p any) { spargo_p = " + plain +
		"; if spargo_v != nil { defer func() { recover() }(); " + call + " }; return }("
}

// stringerSwitch is a type switch on spargo_v, of session interface t
// without a String or Error method, that calls the method of each session
// type implementing t that has one (the dynamic type's method, as fmt
// calls it); "" if none has.
func (c *checked) stringerSwitch(t types.Type) string {
	return c.stringerCases(t, "spargo_p = "+rtName+".Stringed(spargo_p, spargo_t.%s())")
}

// stringerCases is stringerSwitch with body (where %s is the method's
// name) for each case.
func (c *checked) stringerCases(t types.Type, body string) string {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	return c.typeCases(c.stringerCandidates(iface), iface, body, func(name string) string {
		return fmt.Sprintf("%s.NamedAs(spargo_v, %q, true)", rtName, name)
	})
}

// typeCases is a type switch on spargo_v with a case for each of the
// candidates (and pointers to them) that implements iface and has a
// String or Error method, body (where %s is the method's name) its
// clause; "" if none has. On the empty interface, a named basic type's
// case is an if of its own, which also tests guard(its name).
func (c *checked) typeCases(candidates []*types.Named, iface *types.Interface, body string, guard func(string) string) string {
	var ifs, cases []string
	for _, ct := range c.implementing(candidates, iface) {
		m := c.stringMethod(ct)
		if m == "" {
			continue
		}
		if n, ok := ct.(*types.Named); ok && iface.NumMethods() == 0 && isBasic(n.Underlying()) {
			// yaegi's switch on an any takes a Weekday for a plain int (or
			// another named int): rt tells them apart (rt/typenames.go)
			ifs = append(ifs, fmt.Sprintf("if spargo_t, ok := spargo_v.(%s); ok && %s { %s }",
				c.typeString(ct), guard(n.Obj().Name()), fmt.Sprintf(body, m)))
			continue
		}
		cases = append(cases, "case "+c.typeString(ct)+": "+fmt.Sprintf(body, m))
	}
	sw := ""
	if len(cases) > 0 {
		sw = "switch spargo_t := spargo_v.(type) { " + strings.Join(cases, "; ") + " }"
	}
	switch {
	case len(ifs) == 0:
		return sw
	case sw == "":
		return strings.Join(ifs, " else ")
	}
	return strings.Join(ifs, " else ") + " else { " + sw + " }"
}

// isBasic reports whether t is a basic type.
func isBasic(t types.Type) bool {
	_, ok := t.(*types.Basic)
	return ok
}

// stringerCandidates are the session's named types a value of iface may
// hold, for stringerSwitch. For the empty interface, only struct types of
// a unique structure: yaegi matches a case by structure there, and
// `case Tile:` would take a plain int.
func (c *checked) stringerCandidates(iface *types.Interface) []*types.Named {
	if iface.NumMethods() == 0 {
		// and named basic types, which typeCases tells apart
		return append(c.uniqueStructs(), c.sessionNamed(func(n *types.Named) bool { return isBasic(n.Underlying()) })...)
	}
	return c.sessionNamed(func(n *types.Named) bool { return !types.IsInterface(n) })
}

// implementing lists the candidates T and *T that implement iface and
// that the cell can name.
func (c *checked) implementing(candidates []*types.Named, iface *types.Interface) []types.Type {
	var out []types.Type
	for _, named := range candidates {
		for _, ct := range []types.Type{named, types.NewPointer(named)} {
			if types.Implements(ct, iface) && c.nameable(ct) && !isLocalType(ct, c.pkg) {
				out = append(out, ct)
			}
		}
	}
	return out
}

// stringMethod is "Error" or "String", the method fmt calls on values of
// session type t (Error first), or "" if it has neither.
func (c *checked) stringMethod(t types.Type) string {
	if t == nil || !sessionType(t, c.pkg) {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"Error", "String"} {
		sel := ms.Lookup(c.pkg, m)
		if sel == nil {
			continue
		}
		if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
			types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return m
		}
	}
	return ""
}

// formatFunc is a function literal calling the Format method
// (fmt.Formatter) of values of session type t, which fmt calls before
// String or Error; "" when t has none. The cell that prints imports fmt.
func (c *checked) formatFunc(t types.Type) string {
	if t == nil || !sessionType(t, c.pkg) || !c.imported["fmt"] {
		return ""
	}
	sel := types.NewMethodSet(t).Lookup(c.pkg, "Format")
	if sel == nil {
		return ""
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 || types.TypeString(sig.Params().At(0).Type(), nil) != "fmt.State" {
		return ""
	}
	name, ok := c.copyOrTypeName(t)
	if !ok {
		return ""
	}
	return "func(spargo_e any, spargo_s fmt.State, spargo_c rune) { spargo_e.(" + name + ").Format(spargo_s, spargo_c) }"
}

// copyOrTypeName writes t as the cell's source (typeString); a generic
// instance only by its copy's name, if the cell has that copy.
func (c *checked) copyOrTypeName(t types.Type) (string, bool) {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() > 0 {
		if c.mono == nil {
			return "", false
		}
		return c.mono.typeExpr(t, nil)
	}
	return c.typeString(t), true
}
