namespace Robot.Sandbox.Mail;

/// <summary>The ports one private Dovecot instance listens on.</summary>
internal sealed record DovecotPorts(int Imap, int Imaps, int Pop3, int Pop3s, int Lmtp)
{
    public int[] All => [Imap, Imaps, Pop3, Pop3s, Lmtp];
}

/// <summary>Writes dovecot.conf for a private instance that lives entirely in one work directory.</summary>
internal static class DovecotConfig
{
    public const string DhParameters = "/usr/share/dovecot/dh.pem";

    public static string Render(DovecotWorkDir dir, DovecotPorts ports, SandboxCertificate certificate, SystemUser mailUser)
    {
        var dh = File.Exists(DhParameters) ? $"ssl_dh = <{DhParameters}" : "";
        return $$"""
            # Private sandbox instance; generated, do not edit.
            instance_name = {{dir.InstanceName}}
            base_dir = {{dir.Run}}
            state_dir = {{dir.State}}
            listen = 127.0.0.1
            protocols = imap pop3 lmtp
            log_path = {{dir.Log}}

            # STARTTLS on the plain ports, TLS on imaps/pop3s; plaintext logins allowed without TLS.
            ssl = yes
            ssl_cert = <{{certificate.CertificatePath}}
            ssl_key = <{{certificate.KeyPath}}
            {{dh}}
            disable_plaintext_auth = no
            auth_mechanisms = plain login

            # A rehearsal server: answer wrong passwords at once, without the growing per-IP penalty.
            auth_failure_delay = 0
            service anvil {
              unix_listener anvil-auth-penalty {
                mode = 0
              }
            }

            mail_uid = {{mailUser.Uid}}
            mail_gid = {{mailUser.Gid}}
            first_valid_uid = {{mailUser.Uid}}
            last_valid_uid = {{mailUser.Uid}}
            first_valid_gid = {{mailUser.Gid}}
            last_valid_gid = {{mailUser.Gid}}
            mail_location = maildir:{{dir.Mail}}/%u

            passdb {
              driver = passwd-file
              args = {{dir.Passwd}}
            }
            userdb {
              driver = passwd-file
              args = {{dir.Passwd}}
              default_fields = home={{dir.Mail}}/%u
            }

            {{Listeners(ports)}}

            """;
    }

    /// <summary>The listeners of the imap, pop3 and lmtp services on this instance's ports.</summary>
    private static string Listeners(DovecotPorts ports) => $$"""
            service imap-login {
              inet_listener imap {
                port = {{ports.Imap}}
              }
              inet_listener imaps {
                port = {{ports.Imaps}}
                ssl = yes
              }
            }
            service pop3-login {
              inet_listener pop3 {
                port = {{ports.Pop3}}
              }
              inet_listener pop3s {
                port = {{ports.Pop3s}}
                ssl = yes
              }
            }
            service lmtp {
              inet_listener lmtp {
                port = {{ports.Lmtp}}
              }
            }
            """;
}
