package gointerp

import "testing"

// A method called on a conversion to an interface failed on yaegi
// ("invalid interface value"), in cells and in generic code.
func TestMethodOnConversionToInterface(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Namer interface{ Name() string }

type User struct{ ID int }

func (u User) Name() string { return fmt.Sprint("user", u.ID) }

func (u User) String() string { return u.Name() }

func Names[T Namer](xs []T) (out []string) {
	for _, x := range xs {
		out = append(out, Namer(x).Name())
	}
	return out
}`)
	checks := []struct{ expr, want string }{
		{`Namer(User{1}).Name()`, "user1"},
		{`fmt.Stringer(User{2}).String()`, "user2"},
		{`func() string { u := User{3}; return (Namer)(u).Name() + error(fmt.Errorf("e")).Error() }()`, "user3e"},
		{`Names([]User{{4}, {5}})`, "[user4 user5]"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
