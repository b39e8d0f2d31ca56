package org.innomatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The local stack's key material, generated on first start under {@code <dir>/keys} and reused afterwards:
 * <ul>
 * <li>{@code internal-*.pem}: the gateway signs the internal token with the private key, services verify it;</li>
 * <li>{@code dev-issuer-*.pem}: stands in for an identity provider; the gateway's dev token mint signs
 * participant tokens with it and the gateway verifies bearer tokens against it;</li>
 * <li>{@code dev-admin-key}: an admin API key; the gateway is given only its SHA-256.</li>
 * </ul>
 * For development only: nothing here is meant for a deployment.
 */
public record DevCredentials(Path keysDir, String adminKey) {

    public static final String DEV_ISSUER = "innomatch-dev";

    /** The key material under {@code stackDir}, generated if missing. */
    public static synchronized DevCredentials ensure(Path stackDir) {
        Path keys = stackDir.resolve("keys");
        try {
            Files.createDirectories(keys);
            generatePairIfMissing(keys, "internal");
            generatePairIfMissing(keys, "dev-issuer");
            Path adminKeyFile = keys.resolve("dev-admin-key");
            if (!Files.exists(adminKeyFile)) {
                writePrivate(adminKeyFile, newApiKey() + "\n");
            }
            return new DevCredentials(keys, Files.readString(adminKeyFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the dev keys in " + keys, e);
        }
    }

    /** The admin key of the stack in {@code stackDir}, if one was generated there. */
    public static Optional<String> existingAdminKey(Path stackDir) {
        Path file = stackDir.resolve("keys").resolve("dev-admin-key");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path internalPrivateKey() {
        return keysDir.resolve("internal-private.pem");
    }

    public Path internalPublicKey() {
        return keysDir.resolve("internal-public.pem");
    }

    public Path issuerPrivateKey() {
        return keysDir.resolve("dev-issuer-private.pem");
    }

    public Path issuerPublicKey() {
        return keysDir.resolve("dev-issuer-public.pem");
    }

    public String adminKeySha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(adminKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A location SmallRye JWT reads. */
    static String location(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static void generatePairIfMissing(Path keys, String name) throws IOException {
        Path privateKey = keys.resolve(name + "-private.pem");
        Path publicKey = keys.resolve(name + "-public.pem");
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        writePrivate(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the working directory's own permissions apply
        }
    }

    /** The gateway's API key format: {@code imk_<16 hex id>_<43 base64url characters>}. */
    private static String newApiKey() {
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        return "imk_" + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
