package rt

import "testing"

func TestUnversioned(t *testing.T) {
	for in, want := range map[string]string{"Temp_v2": "Temp", "Temp_v12": "Temp", "Temp": "Temp", "my_var": "my_var", "x_v": "x_v", "_v2": "_v2", "a_vx1": "a_vx1"} {
		if got := unversioned(in); got != want {
			t.Errorf("unversioned(%q) = %q, want %q", in, got, want)
		}
	}
}
