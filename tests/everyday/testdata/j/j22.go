// Command j22 models Unix-like file permissions as iota bit flags with a
// String method, and checks access requests against an ACL.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Perm uint16

const (
	Exec Perm = 1 << iota
	Write
	Read
)

const (
	RW  = Read | Write
	RWX = Read | Write | Exec
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "READ"}, {Write, "WRITE"}, {Exec, "EXEC"}}

func (p Perm) Has(q Perm) bool { return p&q == q }

// String renders symbolic names, e.g. READ|EXEC, with leftover bits in hex.
func (p Perm) String() string {
	if p == 0 {
		return "NONE"
	}
	var parts []string
	rest := p
	for _, pn := range permNames {
		if p.Has(pn.p) {
			parts = append(parts, pn.name)
			rest &^= pn.p
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

// Mode packs owner/group/other triplets like chmod.
type Mode uint16

func NewMode(owner, group, other Perm) Mode {
	return Mode(owner)<<6 | Mode(group)<<3 | Mode(other)
}

func (m Mode) Class(shift uint) Perm { return Perm(m>>shift) & RWX }

func (m Mode) String() string {
	const sym = "rwx"
	var sb strings.Builder
	for _, shift := range []uint{6, 3, 0} {
		p := m.Class(shift)
		for i, bit := range []Perm{Read, Write, Exec} {
			if p.Has(bit) {
				sb.WriteByte(sym[i])
			} else {
				sb.WriteByte('-')
			}
		}
	}
	return fmt.Sprintf("%s (%04o)", sb.String(), uint16(m))
}

type File struct {
	Name         string
	Owner, Group string
	Mode         Mode
}

func (f File) Allowed(user string, groups []string, want Perm) bool {
	switch {
	case user == f.Owner:
		return f.Mode.Class(6).Has(want)
	case slices.Contains(groups, f.Group):
		return f.Mode.Class(3).Has(want)
	default:
		return f.Mode.Class(0).Has(want)
	}
}

func main() {
	fmt.Println(Exec, Write, Read, RW, RWX, Perm(0), Perm(0x0c))
	fmt.Printf("values: %d %d %d; %%v=%v %%d=%d %%b=%03b\n", Exec, Write, Read, RW, RW, RW)

	p := Read
	p |= Exec
	fmt.Println("after |= Exec:", p, "has write?", p.Has(Write))
	p &^= Read
	fmt.Println("after &^= Read:", p)

	files := []File{
		{"deploy.sh", "ops", "staff", NewMode(RWX, Read|Exec, 0)},
		{"notes.md", "ana", "dev", NewMode(RW, Read, Read)},
		{"secrets.env", "ops", "ops", NewMode(RW, 0, 0)},
	}
	for _, f := range files {
		fmt.Printf("%-12s %s owner=%s group=%s\n", f.Name, f.Mode, f.Owner, f.Group)
	}
	type req struct {
		user   string
		groups []string
		want   Perm
	}
	for _, r := range []req{
		{"ops", nil, RWX}, {"ana", []string{"staff"}, Read | Exec}, {"ana", []string{"staff"}, Write},
		{"bob", []string{"dev"}, Read}, {"bob", nil, Read}, {"eve", []string{"dev"}, Write},
	} {
		var verdicts []string
		for _, f := range files {
			v := "deny"
			if f.Allowed(r.user, r.groups, r.want) {
				v = "ok"
			}
			verdicts = append(verdicts, f.Name+"="+v)
		}
		fmt.Printf("%-4s %-9s wants %-16v %s\n", r.user, fmt.Sprint(r.groups), r.want, strings.Join(verdicts, " "))
	}
}
