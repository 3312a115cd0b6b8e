package main

import (
	"fmt"
	"slices"
	"strings"
)

type Perm uint16

const (
	PermRead Perm = 1 << iota
	PermWrite
	PermDelete
	PermAdmin
	PermBilling
)

const PermAll = PermRead | PermWrite | PermDelete | PermAdmin | PermBilling

type permName struct {
	p    Perm
	name string
}

var permNames = []permName{{PermRead, "read"}, {PermWrite, "write"}, {PermDelete, "delete"}, {PermAdmin, "admin"}, {PermBilling, "billing"}}

func (p Perm) Has(q Perm) bool  { return p&q == q }
func (p Perm) With(q Perm) Perm { return p | q }
func (p Perm) Without(q Perm) Perm {
	return p &^ q
}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var names []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			names = append(names, pn.name)
		}
	}
	if rest := p &^ PermAll; rest != 0 {
		names = append(names, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(names, "|")
}

func ParsePerms(s string) (Perm, error) {
	var p Perm
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		idx := slices.IndexFunc(permNames, func(pn permName) bool { return pn.name == part })
		if idx < 0 {
			return p, fmt.Errorf("unknown permission %q", part)
		}
		p |= permNames[idx].p
	}
	return p, nil
}

type Role struct {
	Name  string
	Perms Perm
}

func main() {
	roles := []Role{
		{"viewer", PermRead},
		{"editor", PermRead | PermWrite},
		{"owner", PermAll.Without(PermBilling)},
		{"finance", PermRead.With(PermBilling)},
		{"nobody", 0},
	}
	for _, r := range roles {
		fmt.Printf("%-8s %05b %3d %-32v write=%-5t admin=%t\n", r.Name, r.Perms, r.Perms, r.Perms, r.Perms.Has(PermWrite), r.Perms.Has(PermAdmin))
	}
	fmt.Printf("%+v\n", roles[1])
	fmt.Println(PermAll, uint16(PermAll), Perm(1<<9|1))

	for _, s := range []string{"read, write", "admin,billing,read", "read,fly"} {
		p, err := ParsePerms(s)
		fmt.Printf("%-20q => %v err=%v\n", s, p, err)
	}

	// combine roles for a user
	var effective Perm
	for _, name := range []string{"viewer", "finance"} {
		for _, r := range roles {
			if r.Name == name {
				effective |= r.Perms
			}
		}
	}
	fmt.Println("effective:", effective, "can delete:", effective.Has(PermDelete))
	effective ^= PermRead
	fmt.Printf("toggled read: %v (%#x)\n", effective, uint16(effective))

	matrix := map[Perm][]string{}
	for _, r := range roles {
		for _, pn := range permNames {
			if r.Perms.Has(pn.p) {
				matrix[pn.p] = append(matrix[pn.p], r.Name)
			}
		}
	}
	fmt.Println(matrix)
}
